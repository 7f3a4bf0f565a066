using System.Collections.Concurrent;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Bot.Companies;

/// <summary>
/// Names and org numbers of a municipality's companies, read with one partition query and kept for a minute:
/// typeahead, quick capture and "företag &lt;namn&gt;" match against it without reading storage per keystroke. A firm
/// added, renamed or imported by this host (<see cref="CompanyRegisterVersions"/>) makes the next call read it again;
/// the list is a new instance exactly when it was read again, so what is prepared from it can be kept per instance.
/// </summary>
public sealed class CompanyNameCache(ICompanyRepository companies, TimeProvider time, CompanyRegisterVersions versions)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, long Version, IReadOnlyList<Entry> Entries)> cache = new();

    public sealed record Entry(OrgNumber OrgNumber, string Name, string Key, string? Sni = null);

    public async Task<IReadOnlyList<Entry>> AllAsync(MunicipalityCode municipality, CancellationToken cancellationToken)
    {
        var version = versions.Of(municipality);
        if (cache.TryGetValue(municipality.Value, out var hit) && hit.Version == version && time.GetUtcNow() - hit.At < Lifetime)
        {
            return hit.Entries;
        }

        var list = (await companies.ListAsync(municipality, cancellationToken))
            .Select(c => new Entry(c.OrgNumber, c.Name, TextSearch.Normalize(c.Name), c.Sni?.Digits)).ToList();
        cache[municipality.Value] = (time.GetUtcNow(), version, list);
        return list;
    }

    /// <summary>Forgets a municipality's list after a company was added or renamed.</summary>
    public void Invalidate(MunicipalityCode municipality) => cache.TryRemove(municipality.Value, out _);

    /// <summary>Companies whose name contains the words typed, or whose org number starts with the digits typed.</summary>
    public async Task<IReadOnlyList<Entry>> SearchAsync(MunicipalityCode municipality, string? query, int max, CancellationToken cancellationToken)
    {
        var all = await AllAsync(municipality, cancellationToken);
        var q = TextSearch.Normalize(query);
        if (q.Length == 0)
        {
            return [.. all.Take(max)];
        }

        var digits = new string(q.Where(char.IsAsciiDigit).ToArray());
        var isNumber = digits.Length >= 3 && q.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '.');
        return
        [
            .. all.Where(e => isNumber
                    ? e.OrgNumber.Digits.StartsWith(digits, StringComparison.Ordinal) || (e.Sni is not null && e.Sni.StartsWith(digits, StringComparison.Ordinal))
                    : e.Key.Contains(q, StringComparison.Ordinal))
                .OrderBy(e => isNumber || e.Key.StartsWith(q, StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)
                .Take(max),
        ];
    }
}
