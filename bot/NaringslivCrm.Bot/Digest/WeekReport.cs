using NaringslivCrm.Bot.Queries;
namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// One municipality's week as the network sees it: counts and category ids only — never names, notes or anything of a
/// confidential contact. This is also the federation's wire format (JSON, camelCase).
/// </summary>
public sealed record WeekReport(
    string Code,
    string Name,
    string Week,
    int Contacts,
    int Firms,
    IReadOnlyDictionary<string, int> Needs,
    IReadOnlyDictionary<string, int> Signals,
    int Closed,
    string DaysHistogram)
{
    /// <summary>Needs and signals of confidential contacts this week, as counts only (no category, type or text). Absent
    /// (0) in reports from installations that predate them.</summary>
    public int WithheldNeeds { get; init; }

    public int WithheldExpansion { get; init; }

    public int WithheldRedFlags { get; init; }

    public int NewNeeds => Needs.Values.Sum();

    public int NewSignals => Signals.Values.Sum();

    public static WeekReport Empty(string code, string name, string week) => new(code, name, week, 0, 0, new Dictionary<string, int>(), new Dictionary<string, int>(), 0, string.Empty);
}

/// <summary>What an installation publishes for one week: its municipalities' reports, signed (see docs/network.md).</summary>
public sealed record InstallationReport(string Installation, string Week, DateTimeOffset IssuedAt, IReadOnlyList<WeekReport> Municipalities);
