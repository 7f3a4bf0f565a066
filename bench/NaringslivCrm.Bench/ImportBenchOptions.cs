using System.Globalization;

namespace NaringslivCrm.Bench;

/// <summary>import [--rows N]</summary>
public sealed record ImportBenchOptions(int Rows)
{
    public static ImportBenchOptions Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var at = list.IndexOf("--rows");
        return new ImportBenchOptions(at >= 0 && at + 1 < list.Count ? int.Parse(list[at + 1], CultureInfo.InvariantCulture) : 2000);
    }
}
