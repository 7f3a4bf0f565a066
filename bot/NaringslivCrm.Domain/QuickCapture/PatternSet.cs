using System.Text.RegularExpressions;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>A rule's patterns compiled into one regex that matches at the start of a word.</summary>
internal sealed class PatternSet
{
    private readonly Regex? _regex;

    public PatternSet(IEnumerable<string> patterns, string suffix = "")
    {
        var parts = patterns.Select(p => $"(?:{TextNormalizer.NormalizePattern(p)})").ToList();
        if (parts.Count > 0)
        {
            _regex = new Regex(
                $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', parts)}){suffix}",
                RegexOptions.IgnoreCase | RegexGuard.Reused,
                RegexGuard.MatchTimeout);
        }
    }

    /// <summary>Matches in normalized text.</summary>
    public IEnumerable<Match> Matches(string normalized) =>
        _regex is null ? [] : _regex.Matches(normalized);
}
