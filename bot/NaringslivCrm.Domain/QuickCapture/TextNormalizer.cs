using System.Globalization;
using System.Text;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// Lower-cases and strips diacritics one UTF-16 unit at a time, so positions match the original text. Surrogates
/// (emoji and every other character outside the Basic Multilingual Plane), lone or paired, become a space: they carry
/// no CRM content and a lone surrogate cannot be Unicode-normalized.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text) => Map(text, lowerCase: true);

    /// <summary>Strips diacritics from a regex pattern without touching case (escapes like \p{L} are case-sensitive).</summary>
    public static string NormalizePattern(string pattern) => Map(pattern, lowerCase: false);

    /// <summary>Start and end of each sentence (split at . ! ? ; and line breaks followed by space or end).</summary>
    public static IReadOnlyList<(int Start, int End)> Sentences(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var isBreak = text[i] is '\n' or ';' or '!' or '?'
                || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (isBreak)
            {
                spans.Add((start, i));
                start = i + 1;
            }
        }

        spans.Add((start, text.Length));
        return spans;
    }

    /// <summary>The sentence (from <see cref="Sentences"/>) that holds <paramref name="index"/>; a binary search.</summary>
    public static (int Start, int End) SentenceOf(IReadOnlyList<(int Start, int End)> sentences, int index)
    {
        int low = 0, high = sentences.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (sentences[mid].Start <= index)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return sentences[low];
    }

    /// <summary>Replaces unpaired UTF-16 surrogates (invalid text, which .NET refuses to normalize) with U+FFFD.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!paired)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static string Map(string text, bool lowerCase)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = Base(c);
            builder.Append(lowerCase ? char.ToLowerInvariant(mapped) : mapped);
        }

        return builder.ToString();
    }

    private static char Base(char c)
    {
        if (c < 128)
        {
            return c;
        }

        if (char.IsSurrogate(c))
        {
            return ' ';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD)[0];
        return CharUnicodeInfo.GetUnicodeCategory(decomposed) == UnicodeCategory.NonSpacingMark ? c : decomposed;
    }
}
