using System.Globalization;
using System.Text;

namespace NaringslivCrm.Domain.Common;

/// <summary>Folds text for matching: lower case, diacritics removed (å→a, ö→o), white space collapsed.</summary>
public static class TextSearch
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var space = char.IsWhiteSpace(c);
            if (!(space && lastSpace))
            {
                builder.Append(space ? ' ' : c);
            }

            lastSpace = space;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
