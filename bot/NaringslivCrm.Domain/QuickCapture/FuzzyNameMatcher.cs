namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// Near spellings of registered names in a message's first words: "Hultsfred Fönster" for "Hultsfreds Fönster AB",
/// "Kalixkabel" for "Kalix Kabel AB", "Malmteknink" for "Malmteknik". Only firms sharing a word's first three letters
/// with the message are scored, so the cost grows with the words read, not with the register.
/// </summary>
internal sealed class FuzzyNameMatcher
{
    /// <summary>Words of the message compared (names come early in a note).</summary>
    public const int WordsRead = 40;

    /// <summary>At or above this similarity the firm is taken (and marked as guessed).</summary>
    public const double TakeAt = 0.85;

    /// <summary>At or above this similarity the firm is offered as a suggestion.</summary>
    public const double SuggestAt = 0.6;

    private const int ShortestFuzzyKey = 7;

    /// <summary>The firms scored by their best window, best first (only those at or above <see cref="SuggestAt"/>).</summary>
    public static IReadOnlyList<(KnownCompany Company, double Score)> Rank(
        IReadOnlyList<string> words, IReadOnlyList<CompanyRegister.Entry> known)
    {
        var read = words.Take(WordsRead).ToList();
        var prefixes = read.Where(w => w.Length >= 3).Select(w => w[..3]).ToHashSet(StringComparer.Ordinal);
        var ranked = new List<(KnownCompany, double)>();
        foreach (var entry in known)
        {
            var (company, keyWords, joined) = (entry.Company, entry.Words, entry.Joined);
            if (joined.Length < ShortestFuzzyKey || !keyWords.Any(w => w.Length >= 3 && prefixes.Contains(w[..3])))
            {
                continue;
            }

            var best = Best(read, keyWords.Length, joined);
            if (best >= SuggestAt)
            {
                ranked.Add((company, best));
            }
        }

        return [.. ranked.OrderByDescending(r => r.Item2)];
    }

    private static double Best(List<string> words, int keyWordCount, string joinedKey)
    {
        var best = 0.0;
        for (var size = Math.Max(1, keyWordCount - 1); size <= keyWordCount + 1; size++)
        {
            for (var start = 0; start + size <= words.Count; start++)
            {
                var window = string.Concat(words.GetRange(start, size));
                if (Math.Abs(window.Length - joinedKey.Length) * 1.0 / joinedKey.Length <= 1 - SuggestAt)
                {
                    best = Math.Max(best, NameSimilarity.Of(window, joinedKey));
                }
            }
        }

        return best;
    }
}
