using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// A municipality's registered firms prepared for quick capture once: each name's match key (normalized, legal-form
/// words stripped), its words and first word, and the regex that masks it in a note, built on first use. Made by
/// <see cref="QuickCaptureParser.Register"/>; keep one per municipality and register version (the host rebuilds it when
/// a firm is added, renamed or imported), so a message costs only the matching, not the keys. Thread-safe.
/// </summary>
public sealed class CompanyRegister
{
    private readonly ConcurrentDictionary<string, Regex> _masks = new(StringComparer.Ordinal);
    private readonly RegexOptions _maskOptions;

    internal CompanyRegister(IReadOnlyList<KnownCompany> all, IReadOnlyList<Entry> entries, bool singleUse)
    {
        _maskOptions = singleUse ? RegexOptions.CultureInvariant : RegexGuard.Reused;
        Entries = entries;
        var owners = new Dictionary<string, (KnownCompany Company, int Count)>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.FirstWord is not null))
        {
            owners[entry.FirstWord!] = owners.TryGetValue(entry.FirstWord!, out var seen) ? (seen.Company, seen.Count + 1) : (entry.Company, 1);
        }

        UniqueFirstWords = owners.Where(o => o.Value.Count == 1).ToDictionary(o => o.Key, o => o.Value.Company, StringComparer.Ordinal);
        ByOrgNumber = all.GroupBy(c => c.OrgNumber).ToDictionary(g => g.Key, g => g.First());
        Count = all.Count;
    }

    /// <summary>One registered firm: its key ("nordverk"), the key's words, the words joined (for near spellings), and
    /// the key's first word when it is long enough to name the firm alone.</summary>
    internal sealed record Entry(KnownCompany Company, string Key, string[] Words, string Joined, string? FirstWord);

    internal IReadOnlyList<Entry> Entries { get; }

    /// <summary>First words that only one firm's name starts with ("hammarverken" → Hammarverken Stål AB).</summary>
    internal IReadOnlyDictionary<string, KnownCompany> UniqueFirstWords { get; }

    internal IReadOnlyDictionary<OrgNumber, KnownCompany> ByOrgNumber { get; }

    /// <summary>How many firms the register holds.</summary>
    public int Count { get; }

    /// <summary>The regex that finds a registered name's key in a normalized note, built once per name (compiled,
    /// unless the register was made for one message).</summary>
    internal Regex MaskOf(string key) => _masks.GetOrAdd(key, k => CompanyMatcher.MaskPattern(k, _maskOptions));
}
