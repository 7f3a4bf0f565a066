using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Privacy.Audit;

/// <summary>
/// Every successful write of a contact is audited in the name of whoever caused it (chat user, tab user or the app),
/// whichever feature made it, so no write path can forget. Reads are audited where they are shown (tab API, cards).
/// </summary>
public sealed class AuditedInteractionRepository(IInteractionRepository inner, AuditTrail audit) : IInteractionRepository
{
    public async Task<Result> AddAsync(Interaction interaction, IReadOnlyCollection<FollowUp> followUps, CancellationToken cancellationToken = default)
    {
        var result = await inner.AddAsync(interaction, followUps, cancellationToken);
        if (result.IsSuccess)
        {
            // One entry for the contact and the follow-ups created with it (their ids in the detail): one write, not 1 + n.
            await audit.RecordAsync(interaction.Municipality.Value, AuditAction.Create, AuditSubject.Interaction, interaction.Id.ToString("N"),
                string.Join(' ', followUps.Select(f => "F:" + f.Id.ToString("N")).Prepend(interaction.Company.Digits)), cancellationToken);
        }

        return result;
    }

    public Task<Interaction?> GetAsync(MunicipalityCode municipality, Guid id, CancellationToken cancellationToken = default) =>
        inner.GetAsync(municipality, id, cancellationToken);

    public Task<IReadOnlyList<Interaction>> ListByCompanyAsync(MunicipalityCode municipality, OrgNumber company, CancellationToken cancellationToken = default) =>
        inner.ListByCompanyAsync(municipality, company, cancellationToken);

    public async Task<Result> UpdateAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        var result = await inner.UpdateAsync(interaction, cancellationToken);
        if (result.IsSuccess)
        {
            await audit.RecordAsync(interaction.Municipality.Value, AuditAction.Update, AuditSubject.Interaction, interaction.Id.ToString("N"), interaction.Company.Digits, cancellationToken);
        }

        return result;
    }
}

/// <summary>Audits every successful write of a follow-up; the detail is what happened last (closed, postponed, …).</summary>
public sealed class AuditedFollowUpRepository(IFollowUpRepository inner, AuditTrail audit) : IFollowUpRepository
{
    public Task<FollowUp?> GetAsync(MunicipalityCode municipality, Guid id, CancellationToken cancellationToken = default) =>
        inner.GetAsync(municipality, id, cancellationToken);

    public Task<IReadOnlyList<FollowUp>> ListByOwnerAsync(MunicipalityCode municipality, string ownerUserId, bool includeDone = false, CancellationToken cancellationToken = default) =>
        inner.ListByOwnerAsync(municipality, ownerUserId, includeDone, cancellationToken);

    public Task<IReadOnlyList<FollowUp>> ListByCompanyAsync(MunicipalityCode municipality, OrgNumber company, CancellationToken cancellationToken = default) =>
        inner.ListByCompanyAsync(municipality, company, cancellationToken);

    public async Task<Result> AddAsync(FollowUp followUp, CancellationToken cancellationToken = default)
    {
        var result = await inner.AddAsync(followUp, cancellationToken);
        if (result.IsSuccess)
        {
            await audit.RecordAsync(followUp.Municipality.Value, AuditAction.Create, AuditSubject.FollowUp, followUp.Id.ToString("N"), followUp.Company.Digits, cancellationToken);
        }

        return result;
    }

    public async Task<Result> UpdateAsync(FollowUp followUp, CancellationToken cancellationToken = default)
    {
        var result = await inner.UpdateAsync(followUp, cancellationToken);
        if (result.IsSuccess)
        {
            await audit.RecordAsync(followUp.Municipality.Value, AuditAction.Update, AuditSubject.FollowUp, followUp.Id.ToString("N"),
                followUp.History.Count > 0 ? followUp.History[^1].Action.ToString() : null, cancellationToken);
        }

        return result;
    }
}

/// <summary>Audits every successful save of a company (its details, contact persons, responsible officer).</summary>
public sealed class AuditedCompanyRepository(ICompanyRepository inner, AuditTrail audit) : ICompanyRepository
{
    public Task<Company?> GetAsync(MunicipalityCode municipality, OrgNumber orgNumber, CancellationToken cancellationToken = default) =>
        inner.GetAsync(municipality, orgNumber, cancellationToken);

    public Task<IReadOnlyList<Company>> ListAsync(MunicipalityCode municipality, CancellationToken cancellationToken = default) =>
        inner.ListAsync(municipality, cancellationToken);

    public async Task<Result> SaveAsync(Company company, CancellationToken cancellationToken = default)
    {
        var result = await inner.SaveAsync(company, cancellationToken);
        if (result.IsSuccess)
        {
            await audit.RecordAsync(company.Municipality.Value, AuditAction.Update, AuditSubject.Company, company.OrgNumber.Digits, null, cancellationToken);
        }

        return result;
    }
}
