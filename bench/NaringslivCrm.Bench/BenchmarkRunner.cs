namespace NaringslivCrm.Bench;

/// <summary>Picks the benchmark named on the command line.</summary>
public static class BenchmarkRunner
{
    private static int ContactsOption(string[] args)
    {
        var i = Array.IndexOf(args, "--contacts");
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var name = args.FirstOrDefault() ?? "all";
        var options = BenchOptions.Parse(args.Skip(1));
        switch (name)
        {
            case "roundtrip":
                await RoundTripBenchmark.RunAsync(options);
                return 0;
            case "mesearch":
                await CompanySearchBenchmark.RunAsync(options);
                return 0;
            case "tabapi":
                await TabApiBenchmark.RunAsync(options, ContactsOption(args));
                return 0;
            case "reminders":
                return await ReminderBenchmark.RunAsync(args.Skip(1));
            case "peer":
                return await PeerBenchmark.RunAsync(args.Skip(1));
            case "digest":
                return await DigestBenchmark.RunAsync(args.Skip(1));
            case "import":
                return await ImportBenchmark.RunAsync(args.Skip(1));
            case "all":
                await RoundTripBenchmark.RunAsync(options);
                await CompanySearchBenchmark.RunAsync(options);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown benchmark '{name}'. Known: roundtrip, mesearch, tabapi, import, reminders, digest, peer, all");
                return 2;
        }
    }
}
