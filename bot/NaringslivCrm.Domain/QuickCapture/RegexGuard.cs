using System.Text.RegularExpressions;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// The one match timeout of every quick-capture regex: a guard against runaway backtracking, not a speed goal. Generous
/// because a loaded 2-core machine took over 500 ms on ordinary notes (docs/quick-capture.md).
/// </summary>
internal static class RegexGuard
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Options of the regexes built once per parser or register and run on every message. Not RegexOptions.Compiled:
    /// it matched faster in one run on the loaded machine, but the first match of each regex JIT-compiles it inside the match timeout, and
    /// on the loaded 2-core machine that first match timed out (tests failed with RegexMatchTimeoutException).
    /// </summary>
    public const RegexOptions Reused = RegexOptions.CultureInvariant;
}
