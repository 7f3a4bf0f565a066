using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Companies;

/// <summary>Loads what the company card shows: a point read, the newest interactions and the open follow-ups.</summary>
public sealed class CompanyCardService(ICompanyRepository companies, IInteractionRepository interactions, IFollowUpRepository followUps)
{
    /// <param name="shared">The card leaves the officer's own chat (message extension): no text from confidential contacts.</param>
    public async Task<AdaptiveCard?> BuildAsync(MunicipalityCode municipality, OrgNumber orgnr, bool en, CancellationToken cancellationToken, bool shared = false)
    {
        var company = await companies.GetAsync(municipality, orgnr, cancellationToken);
        if (company is null)
        {
            return null;
        }

        var recent = await interactions.ListByCompanyAsync(municipality, orgnr, cancellationToken);
        var open = (await followUps.ListByCompanyAsync(municipality, orgnr, cancellationToken)).Where(f => f.Status != FollowUpStatus.Done).ToList();
        return CompanyCard.Build(company, [.. recent.Take(10)], open, en, shared);
    }
}
