using System.Globalization;

namespace NaringslivCrm.Bot.Queries;

/// <summary>
/// Days from a follow-up's creation to its återkoppling, counted per tenth of a day (the precision the service level
/// shows). Stored as "tenths:count,…" in one column, so median and 90th percentile come from one row per officer and
/// month instead of from every closed follow-up.
/// </summary>
public sealed class DaysHistogram
{
    private readonly SortedDictionary<int, int> counts = [];

    public int Total => counts.Values.Sum();

    public static int TenthsOf(TimeSpan elapsed) => (int)Math.Round(Math.Max(0, elapsed.TotalDays) * 10, MidpointRounding.AwayFromZero);

    public static DaysHistogram Parse(string? text)
    {
        var h = new DaysHistogram();
        foreach (var pair in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':');
            if (parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tenths)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                h.Add(tenths, count);
            }
        }

        return h;
    }

    public void Add(int tenths, int count)
    {
        var n = (counts.TryGetValue(tenths, out var c) ? c : 0) + count;
        if (n > 0)
        {
            counts[tenths] = n;
        }
        else
        {
            counts.Remove(tenths);
        }
    }

    public void Merge(DaysHistogram other)
    {
        foreach (var (tenths, count) in other.counts)
        {
            Add(tenths, count);
        }
    }

    /// <summary>Nearest-rank percentile in days; null when empty.</summary>
    public double? Percentile(double p)
    {
        var total = Total;
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Clamp((int)Math.Ceiling(p / 100 * total), 1, total);
        var seen = 0;
        foreach (var (tenths, count) in counts)
        {
            seen += count;
            if (seen >= rank)
            {
                return tenths / 10.0;
            }
        }

        return counts.Keys.Last() / 10.0;
    }

    public int CountAtMost(double days) => counts.Where(c => c.Key <= Math.Round(days * 10)).Sum(c => c.Value);

    public override string ToString() =>
        string.Join(',', counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}:{c.Value}")));
}
