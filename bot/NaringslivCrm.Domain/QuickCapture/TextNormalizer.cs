using System.Globalization;
using System.Text;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Lower-cases and strips diacritics one character at a time, so positions match the original text.</summary>
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

    private static string Map(string text, bool lowerCase)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var baseChar = c < 128 ? c : c.ToString().Normalize(NormalizationForm.FormD)[0];
            if (CharUnicodeInfo.GetUnicodeCategory(baseChar) == UnicodeCategory.NonSpacingMark)
            {
                baseChar = c;
            }

            builder.Append(lowerCase ? char.ToLowerInvariant(baseChar) : baseChar);
        }

        return builder.ToString();
    }
}
