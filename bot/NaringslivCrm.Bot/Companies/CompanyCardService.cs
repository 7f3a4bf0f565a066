using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Companies;

/// <summary>
/// Loads what the company card shows with a bounded number of table operations: a point read of the company, one
/// range query each for the newest interactions and the follow-ups (index rows), and point reads of the five newest
/// interactions (in parallel). Opening a company's card in chat is audited; search previews (every keystroke, no
/// confidential text) are not.
/// </summary>
public sealed class CompanyCardService(
    ICompanyRepository companies, IInteractionRepository interactions, IInteractionQueries interactionQueries, IFollowUpQueries followUps, AuditTrail audit)
{
    private const int RecentShown = 5;

    /// <param name="shared">The card leaves the officer's own chat (message extension): no text from confidential contacts.</param>
    public async Task<AdaptiveCard?> BuildAsync(MunicipalityCode municipality, OrgNumber orgnr, bool en, CancellationToken cancellationToken, bool shared = false)
    {
        var companyTask = companies.GetAsync(municipality, orgnr, cancellationToken);
        var recentTask = interactionQueries.PageByCompanyAsync(municipality, orgnr, RecentShown, null, cancellationToken);
        var followUpTask = followUps.PageOfCompanyAsync(municipality, orgnr, 50, null, cancellationToken);
        var company = await companyTask;
        if (company is null)
        {
            return null;
        }

        var recent = (await Task.WhenAll((await recentTask).Items.Select(s => interactions.GetAsync(municipality, s.Id, cancellationToken))))
            .OfType<Interaction>().ToList();
        var open = (await followUpTask).Items.Where(f => f.Status != nameof(Domain.FollowUps.FollowUpStatus.Done)).ToList();
        if (!shared)
        {
            await audit.RecordAsync(municipality.Value, AuditAction.Read, AuditSubject.Company, orgnr.Digits, "kort", cancellationToken);
        }

        return CompanyCard.Build(company, recent, open, en, shared);
    }
}
