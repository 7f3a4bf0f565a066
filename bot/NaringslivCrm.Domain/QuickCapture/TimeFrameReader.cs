using System.Globalization;
using System.Text.RegularExpressions;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Finds time frames: a year 2020–2049, or a configured phrase ("till hösten", "Q3 2026").</summary>
internal sealed class TimeFrameReader
{
    private static readonly Regex Year = new(
        @"(?<![\p{L}\p{N}\-])20[2-4]\d(?![\p{N}\-])", RegexOptions.CultureInvariant, RegexGuard.MatchTimeout);

    private readonly PatternSet _phrases;

    public TimeFrameReader(IEnumerable<string> phrases) => _phrases = new PatternSet(phrases, @"(?![\p{L}\p{N}])");

    public IReadOnlyList<(Hit Hit, TimeFrame TimeFrame)> Read(string original, string normalized)
    {
        var found = new List<(Hit Hit, TimeFrame TimeFrame)>();
        foreach (var match in _phrases.Matches(normalized))
        {
            var hit = new Hit(match.Index, match.Length);
            if (found.TrueForAll(f => !f.Hit.Overlaps(hit)))
            {
                found.Add((hit, Create(original.Substring(hit.Index, hit.Length))));
            }
        }

        foreach (Match match in Year.Matches(normalized))
        {
            var hit = new Hit(match.Index, match.Length);
            if (found.TrueForAll(f => !f.Hit.Overlaps(hit)))
            {
                found.Add((hit, Create(match.Value)));
            }
        }

        return [.. found.OrderBy(f => f.Hit.Index)];
    }

    private static TimeFrame Create(string text)
    {
        var year = Year.Match(text);
        return new TimeFrame(text, year.Success ? int.Parse(year.Value, CultureInfo.InvariantCulture) : null);
    }
}
