using System.Globalization;
using System.Text.RegularExpressions;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// Reads numbers as Swedes write them: "40", "1,5", "2 000", number words ("tjugo", "ett tjugotal"), words times
/// "hundra"/"tusen" ("fem tusen", "tolvhundra"), "25-tal", and ranges ("40-50", "10–15": the upper bound).
/// </summary>
internal sealed class NumberReader
{
    private static readonly Regex Multiplied = new(
        @"^(?<base>.+?)\s?(?<times>hundra|tusen)$", RegexOptions.CultureInvariant, RegexGuard.MatchTimeout);

    private readonly Dictionary<string, decimal> _words;

    public NumberReader(IReadOnlyDictionary<string, decimal> numberWords)
    {
        _words = numberWords.ToDictionary(
            w => TextNormalizer.Normalize(w.Key), w => w.Value, StringComparer.Ordinal);
        var words = _words.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape).ToList();
        var word = words.Count == 0 ? "(?!)" : string.Join('|', words);
        const string digits = @"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?";
        var single = $@"(?:(?:{digits}|{word})[ ]?(?:hundra|tusen)(?![\p{{L}}])|\d+-tal|{digits}|{word})";
        Pattern = $@"(?:\d+(?:[.,]\d+)?[ ]?[-–][ ]?)?(?<n>{single})";
    }

    /// <summary>Regex fragment capturing a number in group "n" (for a range, the upper bound).</summary>
    public string Pattern { get; }

    public decimal? Parse(string text)
    {
        if (_words.TryGetValue(text, out var word))
        {
            return word;
        }

        if (text.EndsWith("-tal", StringComparison.Ordinal))
        {
            return Parse(text[..^4]);
        }

        var multiplied = Multiplied.Match(text);
        if (multiplied.Success && Parse(multiplied.Groups["base"].Value) is { } factor)
        {
            return factor * (multiplied.Groups["times"].Value == "tusen" ? 1000 : 100);
        }

        var digits = text.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00a0", string.Empty, StringComparison.Ordinal)
            .Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
