using System.Globalization;

namespace NaringslivCrm.Bench;

/// <summary>--requests N --concurrency N --warmup N</summary>
public sealed record BenchOptions(int Requests, int Concurrency, int Warmup)
{
    public static BenchOptions Parse(IEnumerable<string> args)
    {
        var map = new Dictionary<string, string>();
        string? key = null;
        foreach (var a in args)
        {
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                key = a[2..];
            }
            else if (key is not null)
            {
                map[key] = a;
                key = null;
            }
        }

        int Get(string k, int d) => map.TryGetValue(k, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : d;
        return new BenchOptions(Get("requests", 2000), Get("concurrency", 8), Get("warmup", 200));
    }
}
