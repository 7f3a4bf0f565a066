using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>Paged interaction lists and company stats for screens and cards.</summary>
public interface IInteractionQueries
{
    Task<Page<InteractionSummary>> PageByCompanyAsync(MunicipalityCode municipality, OrgNumber company, int pageSize, string? continuation, CancellationToken cancellationToken);

    Task<CompanyStats?> StatsAsync(MunicipalityCode municipality, OrgNumber company, CancellationToken cancellationToken);
}

/// <summary>A timeline line for an interaction (no note text).</summary>
public sealed record InteractionSummary(Guid Id, string Kind, DateOnly Date, bool Confidential, string RecordedByName, IReadOnlyList<string> NeedCategories, IReadOnlyList<string> SignalTypes)
{
    internal static InteractionSummary From(Azure.Data.Tables.TableEntity e) => new(
        Guid.Parse(e.GetString("Id")),
        e.GetString("Kind"),
        DateOnly.Parse(e.GetString("Date"), System.Globalization.CultureInfo.InvariantCulture),
        e.GetBoolean("Confidential") ?? false,
        e.GetString("RecordedByName") ?? string.Empty,
        (e.GetString("NeedCategories") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
        (e.GetString("SignalTypes") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// What is known about a company's activity without reading its records: the counters on its stats row, kept in the
/// same transaction as the contacts and follow-ups they count.
/// </summary>
public sealed record CompanyStats(DateOnly? LastContact, int OpenNeeds, int OpenSignals, int OpenFollowUps)
{
    internal static CompanyStats From(Azure.Data.Tables.TableEntity e) => new(
        e.GetString(InteractionCounters.LastContact) is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : null,
        e.GetInt32(InteractionCounters.OpenNeeds) ?? 0,
        e.GetInt32(InteractionCounters.OpenSignals) ?? 0,
        e.GetInt32(FollowUpCounters.OpenFollowUps) ?? 0);
}
