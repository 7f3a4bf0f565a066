using System.Text.RegularExpressions;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Finds the firm a message is about: by organisationsnummer, else by name (case/diacritic-insensitive).</summary>
internal sealed class CompanyMatcher
{
    private static readonly Regex NonWord = new(@"[^\p{L}\p{N}]+", RegexGuard.Reused, RegexGuard.MatchTimeout);

    private static readonly Regex OrgNumberLike = new(
        @"(?<![\p{N}\-])(?:16)?\d{6}[\-\u2010\u2011\u2013 ]?\d{4}(?![\p{N}])", RegexOptions.CultureInvariant, RegexGuard.MatchTimeout);

    private const int MinFirstWordLength = 6;

    private readonly HashSet<string> _suffixes;
    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string> _nameEnds;

    public CompanyMatcher(IEnumerable<string> suffixes, IEnumerable<string> stopWords, IEnumerable<string> nameEnds)
    {
        _nameEnds = nameEnds.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _suffixes = suffixes.Select(Key).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        _stopWords = stopWords.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The first number in the text shaped like an organisationsnummer, or null.</summary>
    public static Hit? FindOrgNumber(string text)
    {
        var match = OrgNumberLike.Match(text);
        return match.Success ? new Hit(match.Index, match.Length) : null;
    }

    /// <summary>The firms' match keys, computed once for a register (see <see cref="CompanyRegister"/>).</summary>
    public CompanyRegister Register(IEnumerable<(OrgNumber OrgNumber, string Name)> known, bool singleUse = false)
    {
        var all = known.Select(k => new KnownCompany(k.OrgNumber, k.Name)).ToList();
        return new(all, [
            .. all
                .Select(k => (Company: k, Key: StripSuffixes(Key(k.Name))))
                .Where(k => k.Key.Length > 0)
                .Select(k =>
                {
                    var words = k.Key.Split(' ');
                    var space = k.Key.IndexOf(' ', StringComparison.Ordinal);
                    return new CompanyRegister.Entry(k.Company, k.Key, words, string.Concat(words), space >= MinFirstWordLength ? k.Key[..space] : null);
                }),
        ], singleUse);
    }

    /// <summary>
    /// The registered firm the text names: the one whose name (without legal-form words) occurs in it, the longest
    /// name winning; else the closest near spelling among the first words (marked as guessed); with the closest others
    /// as suggestions when nothing was taken exactly.
    /// </summary>
    public CompanyMatch Match(string text, CompanyRegister register)
    {
        var key = Key(text);
        var haystack = $" {key} ";
        var exact = register.Entries
            .Where(k => haystack.Contains($" {k.Key} ", StringComparison.Ordinal))
            .OrderByDescending(k => k.Key.Length)
            .Select(k => k.Company)
            .FirstOrDefault();
        if (exact is not null)
        {
            return new CompanyMatch(exact, false, []);
        }

        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ranked = FuzzyNameMatcher.Rank(words, register.Entries);
        if (ranked is [var (best, score), ..] && score >= FuzzyNameMatcher.TakeAt)
        {
            return new CompanyMatch(best, true, [.. ranked.Skip(1).Take(3).Select(r => r.Company)]);
        }

        return ByFirstWord(text, register) is { } shortName
            ? new CompanyMatch(shortName, true, [.. ranked.Where(r => r.Company != shortName).Take(3).Select(r => r.Company)])
            : new CompanyMatch(null, false, [.. ranked.Take(3).Select(r => r.Company)]);
    }

    /// <summary>
    /// A firm named by the first word of its name in the message's header ("Varsel på Hammarverken:" for "Hammarverken
    /// Stål AB"), when that word is long and no other registered firm's name starts with it.
    /// </summary>
    private static KnownCompany? ByFirstWord(string text, CompanyRegister register) =>
        Key(Header(text, null)).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => register.UniqueFirstWords.GetValueOrDefault(w))
            .FirstOrDefault(c => c is not null);

    /// <summary>The message's header: up to ":", the orgnr, the first line break or sentence end.</summary>
    private static string Header(string text, Hit? orgNumber)
    {
        var end = new[]
            {
                text.IndexOf(':', StringComparison.Ordinal), text.IndexOf(". ", StringComparison.Ordinal),
                text.IndexOf('\n', StringComparison.Ordinal), orgNumber?.Index ?? -1,
            }
            .Where(i => i >= 0)
            .DefaultIfEmpty(text.Length)
            .Min();
        return text[..end];
    }

    /// <summary>
    /// The longest run of capitalized words in the message's header (before ":", the orgnr or the first sentence end),
    /// skipping the words that open the message ("Besök", "Samtal med VD på").
    /// </summary>
    public string? Candidate(string text, Hit? orgNumber)
    {
        var words = Header(text, orgNumber).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', '(', ')', '"', '–', '-', '•', '*'))
            .Where(w => w.Length > 0)
            .ToList();

        // One pass, remembering where the current and the best run start: linear in the header's length.
        int bestStart = 0, bestLength = 0, runStart = 0, runLength = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var isName = word.Length > 0 && (char.IsUpper(word[0]) || word == "&")
                && !_stopWords.Contains(TextNormalizer.Normalize(word))
                && !IsShortAcronym(word);
            if (!isName)
            {
                runLength = 0;
                continue;
            }

            if (runLength == 0)
            {
                runStart = i;
            }

            runLength++;
            if (runLength > bestLength)
            {
                (bestStart, bestLength) = (runStart, runLength);
            }
        }

        return bestLength == 0 ? LowerCaseName(words) : string.Join(' ', words.GetRange(bestStart, bestLength));
    }

    /// <summary>"MW", "VD", "YH", "CNC": units and abbreviations, not names (legal forms such as "AB" excepted).</summary>
    private bool IsShortAcronym(string word) =>
        word.Length <= 3 && word.All(char.IsUpper) && !_suffixes.Contains(word.ToLowerInvariant());

    /// <summary>
    /// A name written in lower case ("besök nyströms åkeri de vill…"): after the opening words (kind, "med", "hos"),
    /// up to four words until a word that ends a name ("de", "som", a verb) or a number.
    /// </summary>
    private string? LowerCaseName(List<string> words)
    {
        var start = 0;
        while (start < words.Count && _stopWords.Contains(TextNormalizer.Normalize(words[start])))
        {
            start++;
        }

        if (start == 0 || start == words.Count)
        {
            return null;
        }

        var end = start;
        while (end < words.Count && end - start < 4 && !_nameEnds.Contains(TextNormalizer.Normalize(words[end]))
            && words[end].All(char.IsLetter))
        {
            end++;
        }

        return end - start is >= 1 and <= 3 && (end == words.Count || _nameEnds.Contains(TextNormalizer.Normalize(words[end])))
            ? string.Join(' ', words.GetRange(start, end - start))
            : null;
    }

    /// <summary>
    /// The normalized text with the firm's name and the name read blanked out (same length), so that words in a name
    /// ("Storumans Energi", "Sundsvalls Vätgas") are not read as the firm's needs. A registered name's regex comes
    /// from the register (built once); a name read from the text is matched with one built for the message.
    /// </summary>
    public string Mask(string normalized, string? registeredName, string? candidate, CompanyRegister register)
    {
        // A one-word name read from the text ("Inga", "Varsel") may well be an ordinary word: only longer ones are masked.
        var name = registeredName is not null ? StripSuffixes(Key(registeredName)) : candidate is null ? null : Key(candidate);
        if (string.IsNullOrEmpty(name) || (registeredName is null && !name.Contains(' ', StringComparison.Ordinal)))
        {
            return normalized;
        }

        var regex = registeredName is not null ? register.MaskOf(name) : MaskPattern(name, RegexOptions.CultureInvariant);
        var masked = normalized.ToCharArray();
        foreach (Match match in regex.Matches(normalized))
        {
            Array.Fill(masked, ' ', match.Index, match.Length);
        }

        return new string(masked);
    }

    /// <summary>The name's words as whole words, with anything but letters and digits between them.</summary>
    internal static Regex MaskPattern(string key, RegexOptions options) =>
        new(@"(?<![\p{L}\p{N}])" + string.Join(@"[^\p{L}\p{N}]+", key.Split(' ').Select(Regex.Escape)) + @"(?![\p{L}\p{N}])",
            options, RegexGuard.MatchTimeout);

    private static string Key(string text) => NonWord.Replace(TextNormalizer.Normalize(text), " ").Trim();

    private string StripSuffixes(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var suffix in _suffixes.OrderByDescending(s => s.Length))
        {
            var parts = suffix.Split(' ');
            if (words.Count > parts.Length && words.TakeLast(parts.Length).SequenceEqual(parts))
            {
                words.RemoveRange(words.Count - parts.Length, parts.Length);
            }

            if (words.Count > parts.Length && words.Take(parts.Length).SequenceEqual(parts))
            {
                words.RemoveRange(0, parts.Length);
            }
        }

        return string.Join(' ', words);
    }
}
