namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// Reads the contact's date from relative words. Only the sentence that names the kind of contact counts (else the
/// first sentence): "Besök igår" dates the visit; "gick i konkurs i måndags" later in the note does not.
/// </summary>
internal sealed class RelativeDateReader(IEnumerable<RelativeDateRule> rules)
{
    private readonly List<(RelativeDateRule Rule, PatternSet Patterns)> _rules =
        [.. rules.Select(r => (r, new PatternSet(r.Patterns, @"(?![\p{L}\p{N}])")))];

    public DateOnly? Read(string normalized, (int Start, int End) sentence, DateOnly today)
    {
        var scope = normalized[sentence.Start..sentence.End];
        return _rules
            .SelectMany(r => r.Patterns.Matches(scope).Take(1).Select(m => (r.Rule, m.Index)))
            .OrderBy(r => r.Index)
            .Select(r => (DateOnly?)r.Rule.Resolve(today))
            .FirstOrDefault();
    }
}
