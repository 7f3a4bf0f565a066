using Process = System.Diagnostics.Process;
using ProcessStartInfo = System.Diagnostics.ProcessStartInfo;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using NaringslivCrm.Testing;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bench;

/// <summary>
/// Ours against the official SDK, side by side in one run: the same Teams-shaped logged contact ("Besök … 556036-0793:
/// behöver 40 svetsare …, effektbehov 5 MW") to our Release host and to a minimal botbuilder 4.23.3 bot (bench/peer),
/// both against the same Azurite and the same fake Connector; each parses, stores one entity and replies. Rounds
/// alternate ours/peer at each concurrency so a busy moment of the 2-core machine hits both. Then the storage limit:
/// our round trip at concurrency 1 against the raw table operation it needs, straight from Azure.Data.Tables.
/// </summary>
public static class PeerBenchmark
{
    private const string Tenant = "00000000-0000-0000-0000-0000000000001"; // the tenant HostProcess.StartAnonymousAsync maps
    private const string Text = "Besök Nordverk 556036-0793: behöver 40 svetsare till hösten, effektbehov 5 MW";

    public static async Task<int> RunAsync(IEnumerable<string> args)
    {
        var list = args.ToList();
        int Option(string name, int fallback) => list.IndexOf(name) is var i and >= 0 ? int.Parse(list[i + 1], CultureInfo.InvariantCulture) : fallback;
        var requests = Option("--requests", 400);
        var rounds = Option("--rounds", 2);
        var target = Option("--p99-target", 100);

        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using var connector = new FakeConnector { AcceptAnonymous = true }; // the anonymous bot sends no token, as to the Agents Playground
        await connector.StartAsync();
        await using var ours = new HostProcess();
        await ours.StartAnonymousAsync(azurite.ConnectionString, Tenant);
        using var peer = await StartPeerAsync(azurite.ConnectionString);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold start to ready: ours {ours.StartupTime.TotalMilliseconds:F0} ms, peer {peer.StartupTime.TotalMilliseconds:F0} ms"));

        using var oursHttp = new HttpClient { BaseAddress = ours.BaseUri };
        using var peerHttp = new HttpClient { BaseAddress = peer.BaseUri };
        await LoadAsync(oursHttp, connector, 100, 4);
        await LoadAsync(peerHttp, connector, 100, 4);

        Console.WriteLine("| concurrency | ours p50 | ours p99 | ours req/s | peer p50 | peer p99 | peer req/s | p50 ours/peer | req/s ours/peer |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var best = (Ours: 0.0, Peer: 0.0);
        foreach (var concurrency in new[] { 1, 4, 8, 16 })
        {
            var (o, p) = (new Latencies(), new Latencies());
            var (oTime, pTime) = (TimeSpan.Zero, TimeSpan.Zero);
            for (var round = 0; round < rounds; round++)
            {
                var a = await LoadAsync(oursHttp, connector, requests, concurrency);
                var b = await LoadAsync(peerHttp, connector, requests, concurrency);
                o.AddAll(a.Latencies);
                p.AddAll(b.Latencies);
                (oTime, pTime) = (oTime + a.Elapsed, pTime + b.Elapsed);
            }

            var (oRate, pRate) = (requests * rounds / oTime.TotalSeconds, requests * rounds / pTime.TotalSeconds);
            best = (o.Percentile(99) <= target ? Math.Max(best.Ours, oRate) : best.Ours, p.Percentile(99) <= target ? Math.Max(best.Peer, pRate) : best.Peer);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {concurrency} | {o.Percentile(50):F1} ms | {o.Percentile(99):F1} ms | {oRate:F0} | {p.Percentile(50):F1} ms | {p.Percentile(99):F1} ms | {pRate:F0} | {o.Percentile(50) / p.Percentile(50):F2} | {oRate / pRate:F2} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"highest throughput with p99 ≤ {target} ms: ours {best.Ours:F0} req/s, peer {best.Peer:F0} req/s, ratio ours/peer {(best.Peer > 0 ? best.Ours / best.Peer : double.NaN):F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"resident memory after load: ours {ours.WorkingSetBytes / 1048576.0:F0} MiB, peer {peer.WorkingSetBytes / 1048576.0:F0} MiB"));

        // Storage limit: the one table operation our message path needs (the redelivery claim, an insert), raw.
        var raw = new Latencies();
        var claims = new TableClient(azurite.ConnectionString, "RawClaims");
        await claims.CreateIfNotExistsAsync();
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await claims.AddEntityAsync(new TableEntity("0882", Guid.NewGuid().ToString("N")) { ["ClaimedAt"] = DateTimeOffset.UtcNow });
            raw.Add(Stopwatch.GetElapsedTime(started));
        }

        var single = await LoadAsync(oursHttp, connector, requests, 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"storage limit: ours {single.Latencies.Percentile(50):F2} ms p50 per logged contact (parse, claim, reply through the Connector) vs raw insert {raw.Percentile(50):F2} ms p50 → ratio {single.Latencies.Percentile(50) / raw.Percentile(50):F1}"));
        return 0;
    }

    private static Task<(Latencies Latencies, TimeSpan Elapsed)> LoadAsync(HttpClient http, FakeConnector connector, int count, int concurrency) =>
        RoundTripBenchmark.RunLoadAsync(http, connector, count, concurrency, Text);

    private static async Task<PeerProcess> StartPeerAsync(string connectionString)
    {
        var dir = Path.Combine(RepositoryRoot.Path, "bench", "peer");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "botbuilder")))
        {
            throw new InvalidOperationException("The peer bot is not installed: bench/run.sh peer runs 'npm ci' in bench/peer first.");
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var info = new ProcessStartInfo("node", "index.js") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        info.Environment["TABLES_CONNECTION_STRING"] = connectionString;
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peer = new PeerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                if ((await http.GetAsync(new Uri(peer.BaseUri, "healthz"))).IsSuccessStatusCode)
                {
                    peer.StartupTime = watch.Elapsed;
                    return peer;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the peer bot did not start");
    }

    private sealed class PeerProcess(Process process, Uri baseUri) : IDisposable
    {
        public Uri BaseUri { get; } = baseUri;

        public TimeSpan StartupTime { get; set; }

        public long WorkingSetBytes { get { process.Refresh(); return process.WorkingSet64; } }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }
    }
}
