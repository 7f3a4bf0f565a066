using System.Globalization;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Digest;

/// <summary>The week across the network: each municipality's report (or "ej rapporterat"), and what they add up to.</summary>
public sealed record NetworkDigest(string Week, IReadOnlyList<MunicipalityWeek> Municipalities)
{
    public const int CriticalMassMunicipalities = 2;

    public IEnumerable<MunicipalityWeek> Reported => Municipalities.Where(m => m.This is not null);

    /// <summary>Need categories in the network this week, most reported first.</summary>
    public IReadOnlyList<(string Category, int Count)> TopNeeds =>
        [.. Reported.SelectMany(m => m.This!.Needs).GroupBy(n => n.Key).Select(g => (g.Key, g.Sum(n => n.Value))).OrderByDescending(n => n.Item2).ThenBy(n => n.Key, StringComparer.Ordinal)];

    /// <summary>The same need category in at least two municipalities this week: a suggested joint action.</summary>
    public IReadOnlyList<(string Category, IReadOnlyList<(string Municipality, int Count)> Where)> CriticalMass =>
        [.. Reported.SelectMany(m => m.This!.Needs.Where(n => n.Value > 0).Select(n => (n.Key, m.Name, n.Value)))
            .GroupBy(x => x.Key)
            .Where(g => g.Count() >= CriticalMassMunicipalities)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Sum(x => x.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<(string, int)>)[.. g.Select(x => (x.Name, x.Value)).OrderByDescending(x => x.Value)]))];

    public int Total(Func<WeekReport, int> figure) => Reported.Sum(m => figure(m.This!));

    public int TotalLastWeek(Func<WeekReport, int> figure) => Reported.Sum(m => m.Last is null ? 0 : figure(m.Last));

    public static bool IsExpansion(string type) => Enum.TryParse<SignalType>(type, out var t) && (int)t < 100;

    public static bool IsRedFlag(string type) => Enum.TryParse<SignalType>(type, out var t) && (int)t >= 100;
}

/// <summary>One municipality: this week's and last week's report, or null where the member did not report.</summary>
public sealed record MunicipalityWeek(string Code, string Name, WeekReport? This, WeekReport? Last)
{
    public double? MedianDays => This is null ? null : DaysHistogram.Parse(This.DaysHistogram).Percentile(50);

    public string MedianText => MedianDays is { } d ? d.ToString("0.#", CultureInfo.GetCultureInfo("sv-SE")) : "–";
}
