namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// The one match timeout of every quick-capture regex: a guard against runaway backtracking, not a speed goal. Generous
/// because a loaded 2-core machine took over 500 ms on ordinary notes (docs/quick-capture.md).
/// </summary>
internal static class RegexGuard
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
}
