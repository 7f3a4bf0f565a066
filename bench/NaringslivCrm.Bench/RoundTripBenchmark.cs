using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using System.Net.Http.Json;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Testing;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bench;

/// <summary>
/// Activity → reply round trip: a Teams-shaped "hjälp" message POSTed to /api/messages of a Release host process;
/// the time runs until the fake Connector has received the reply card. Real Azurite behind the host.
/// </summary>
public static class RoundTripBenchmark
{
    private const string Tenant = "00000000-0000-0000-0000-0000000000001";

    public static async Task RunAsync(BenchOptions o)
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using var connector = new FakeConnector { AcceptAnonymous = true }; // the anonymous bot sends no token, as to the Agents Playground
        await connector.StartAsync();
        await using var host = new HostProcess();
        await host.StartAnonymousAsync(azurite.ConnectionString, Tenant);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold start to ready: {host.StartupTime.TotalMilliseconds:F0} ms"));

        using var http = new HttpClient { BaseAddress = host.BaseUri };
        await RunLoadAsync(http, connector, o.Warmup, o.Concurrency);
        var before = connector.Activities.Count;
        var (latencies, elapsed) = await RunLoadAsync(http, connector, o.Requests, o.Concurrency);
        Console.WriteLine($"roundtrip (message → reply at connector), concurrency {o.Concurrency}: {latencies.Summary()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput: {o.Requests / elapsed.TotalSeconds:F0} activities/s; replies received: {connector.Activities.Count - before}/{o.Requests}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host working set after load: {host.WorkingSetBytes / 1024.0 / 1024.0:F0} MiB"));
    }

    /// <summary>Sends <paramref name="count"/> messages with <paramref name="text"/>, <paramref name="concurrency"/> at a time, each timed until its reply reached the Connector.</summary>
    internal static async Task<(Latencies Latencies, TimeSpan Elapsed)> RunLoadAsync(HttpClient http, FakeConnector connector, int count, int concurrency, string text = "hjälp")
    {
        var latencies = new Latencies();
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var conversation = $"a:bench-{worker}-{Guid.NewGuid():N}";
            connector.KnowConversation(conversation);
            while (Interlocked.Increment(ref next) < count)
            {
                var id = "bench-" + Guid.NewGuid().ToString("N");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("api/messages", Message(connector.ServiceUrl, conversation, id, text), BotJson.Options);
                response.EnsureSuccessStatusCode();
                await connector.WaitForReplyToAsync(id);
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
        }));
        return (latencies, watch.Elapsed);
    }

    private static Activity Message(string serviceUrl, string conversation, string id, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = text,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Locale = "sv-SE",
        From = new ChannelAccount { Id = "29:bench", AadObjectId = "bench-user" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = Tenant },
        ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = Tenant } }),
    };
}
