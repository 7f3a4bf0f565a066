namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// Normalised Levenshtein similarity: 1 − (edits to turn one text into the other ÷ the longer length), 1 for equal
/// texts (also two empty ones), compared by UTF-16 character. The same values as F23.StringSimilarity's
/// NormalizedLevenshtein, which the domain used before it took no package (checked in NameSimilarityTests).
/// </summary>
internal static class NameSimilarity
{
    public static double Of(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return a == b || longer == 0 ? 1.0 : 1.0 - ((double)Distance(a, b) / longer);
    }

    /// <summary>Insertions, deletions and substitutions needed (two rows of the classic table).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
