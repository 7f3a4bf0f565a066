using System.Globalization;

namespace NaringslivCrm.Bench;

/// <summary>Latency samples and their percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> samples = [];

    public void Add(TimeSpan t)
    {
        lock (samples)
        {
            samples.Add(t.TotalMilliseconds);
        }
    }

    public void AddAll(Latencies other)
    {
        lock (samples)
        {
            samples.AddRange(other.samples);
        }
    }

    public int Count => samples.Count;

    public double Percentile(double p)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count} p50={Percentile(50):F2} ms p90={Percentile(90):F2} ms p99={Percentile(99):F2} ms max={Percentile(100):F2} ms");
}
