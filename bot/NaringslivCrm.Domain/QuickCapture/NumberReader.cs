using System.Globalization;
using System.Text.RegularExpressions;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Reads numbers as Swedes write them: "40", "1,5", "2 000", and number words ("tjugo").</summary>
internal sealed class NumberReader
{
    private readonly Dictionary<string, decimal> _words;

    public NumberReader(IReadOnlyDictionary<string, decimal> numberWords)
    {
        _words = numberWords.ToDictionary(
            w => TextNormalizer.Normalize(w.Key), w => w.Value, StringComparer.Ordinal);
        var words = _words.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape);
        var wordAlternative = _words.Count == 0 ? string.Empty : "|" + string.Join('|', words);
        Pattern = $@"(?<n>\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?{wordAlternative})";
    }

    /// <summary>Regex fragment capturing a number in group "n".</summary>
    public string Pattern { get; }

    public decimal? Parse(string text)
    {
        if (_words.TryGetValue(text, out var word))
        {
            return word;
        }

        var digits = text.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00a0", string.Empty, StringComparison.Ordinal)
            .Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
