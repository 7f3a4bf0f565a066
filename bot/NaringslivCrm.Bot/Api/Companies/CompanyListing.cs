using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Api.Companies;

/// <summary>One list row per company: last contact (stats row), open needs and signals (timeline index), open follow-ups.</summary>
public sealed class CompanyListing(IInteractionQueries interactions, IFollowUpQueries followUps)
{
    public sealed record Row(string OrgNr, string Name, string? SniCode, string? LastContact, int OpenNeeds, int OpenSignals, int OpenFollowUps);

    public async Task<IReadOnlyList<Row>> RowsAsync(MunicipalityCode m, IEnumerable<CompanyNameCache.Entry> companies, CancellationToken ct) =>
        await Task.WhenAll(companies.Select(c => RowAsync(m, c, ct)));

    private async Task<Row> RowAsync(MunicipalityCode m, CompanyNameCache.Entry c, CancellationToken ct)
    {
        var stats = interactions.StatsAsync(m, c.OrgNumber, ct);
        var timeline = interactions.PageByCompanyAsync(m, c.OrgNumber, 200, null, ct);
        var open = followUps.PageOfCompanyAsync(m, c.OrgNumber, 200, null, ct);
        var t = (await timeline).Items;
        return new Row(c.OrgNumber.ToString(), c.Name, c.Sni is { Length: 5 } s ? $"{s[..2]}.{s[2..]}" : c.Sni,
            (await stats)?.LastContact?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            t.Sum(i => i.NeedCategories.Count), t.Sum(i => i.SignalTypes.Count),
            (await open).Items.Count(f => f.Status != "Done"));
    }
}
