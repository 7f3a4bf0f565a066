using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Api.Companies;

/// <summary>One list row per company, from its stats row alone (one point read): last contact and the open counts.</summary>
public sealed class CompanyListing(IInteractionQueries interactions)
{
    public async Task<IReadOnlyList<CompanySummary>> RowsAsync(MunicipalityCode m, IEnumerable<CompanyNameCache.Entry> companies, CancellationToken ct) =>
        await Task.WhenAll(companies.Select(c => RowAsync(m, c, ct)));

    private async Task<CompanySummary> RowAsync(MunicipalityCode m, CompanyNameCache.Entry c, CancellationToken ct)
    {
        var stats = await interactions.StatsAsync(m, c.OrgNumber, ct);
        return new CompanySummary(c.OrgNumber.ToString(), c.Name, c.Sni is { Length: 5 } s ? $"{s[..2]}.{s[2..]}" : c.Sni,
            stats?.LastContact?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            stats?.OpenNeeds ?? 0, stats?.OpenSignals ?? 0, stats?.OpenFollowUps ?? 0);
    }
}
