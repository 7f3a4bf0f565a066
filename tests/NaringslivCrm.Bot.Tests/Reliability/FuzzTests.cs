using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using NaringslivCrm.Bot.Tests.Api;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Reliability;

/// <summary>
/// 10,500 generated malformed or hostile inputs against one real host (Azurite, fake Connector): activities to
/// /api/messages, invokes with hostile values, and tab API bodies and query strings. None may get a 5xx (501 for an
/// invoke name no handler knows is the protocol's answer); every 4xx
/// carries a body that says what is wrong; afterwards the host still answers, and no record lacks its index rows.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FuzzTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    public const int Activities = 3500;
    public const int Invokes = 3500;
    public const int ApiRequests = 3500;

    private static readonly string[] Hostile =
    [
        "", " ", "' or 1 eq 1 or '", "PartitionKey ne ''", "0882' or PartitionKey eq '2584", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")",
        "\u0000", "\u202e", "../../etc/passwd", "%00", "%2F%2E%2E", "🚀🚀", "556036-0793", "5560360793", "0882|I|", "F|", "\\", "#", "?", "/", "\r\n",
        "logga besök", "mina uppföljningar", "företag ' or ''='", "hjälp", "aktivera veckobrev här", "förhandsgranska veckobrev",
        "Besök Nordverk 556036-0793: behöver 40 svetsare", "null", "{}", "[]", "-1", "99999999999999999999", "1e309", "NaN", "true",
    ];

    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.OneOf(Hostile)),
        (2, Gen.String),
        (1, Gen.Char.Array[0, 40].Select(c => new string(c))),
        (1, Gen.Int[1000, 40_000].Select(n => new string('å', n))));

    private static readonly Gen<JsonNode?> Value = Gen.Recursive<JsonNode?>((depth, self) => depth > 3
        ? Gen.Frequency<JsonNode?>((3, Text.Select(s => (JsonNode?)JsonValue.Create(s))), (1, Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i))), (1, Gen.Const((JsonNode?)null)))
        : Gen.Frequency<JsonNode?>(
            (3, Text.Select(s => (JsonNode?)JsonValue.Create(s))),
            (1, Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i))),
            (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
            (1, Gen.Const((JsonNode?)null)),
            (2, Gen.Select(Gen.OneOf("verb", "action", "data", "draftId", "orgNr", "followUpId", "note", "days", "ownerId", "commandId", "parameters", "queryText", "value", "name", "confidential", "kind", "date", "needs"), self).Array[0, 5]
                .Select(kv => { var o = new JsonObject(); foreach (var (k, v) in kv) { o[k] = v?.DeepClone(); } return (JsonNode?)o; })),
            (1, self.Array[0, 4].Select(a => (JsonNode?)new JsonArray([.. a.Select(x => x?.DeepClone())])))));

    private string serviceUrl = "http://127.0.0.1:9/";

    [Fact]
    public async Task Activities_GeneratedMalformedOrHostile_Never5xxAndAClearAnswer()
    {
        await using var connector = new FakeConnector { AcceptAnonymous = true };
        await connector.StartAsync();
        serviceUrl = connector.ServiceUrl;
        var types = Gen.OneOf("message", "message", "message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "", "unknown");
        var activity = Gen.Select(types, Text, Value, Gen.Int[0, 9], Gen.OneOf(CrmAppFactory.TenantA, CrmAppFactory.TenantB, "", "ej-en-tenant", "' or ''='"))
            .Select((type, text, value, shape, tenant) => Body(type, text, value, shape, tenant));
        var raw = Gen.Frequency(
            (9, activity),
            (1, Gen.OneOf("", "{", "{\"type\":", "[]", "null", "42", "\"text\"", "{\"type\":\"message\",\"text\":\"\\ud800\"}", "<xml/>")));
        await raw.SampleAsync(async body => await PostAsync("/api/messages", body, "application/json"), iter: Activities, threads: 4);
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Invokes_GeneratedHostileValues_Never5xx()
    {
        await using var connector = new FakeConnector { AcceptAnonymous = true };
        await connector.StartAsync();
        serviceUrl = connector.ServiceUrl;
        var names = Gen.OneOf("adaptiveCard/action", "adaptiveCard/action", "composeExtension/query", "composeExtension/fetchTask", "composeExtension/submitAction",
            "application/search", "task/fetch", "task/submit", "signin/verifyState", "config/fetch", "", "x/y");
        var invoke = Gen.Select(names, Value, Gen.OneOf("saveContact", "closeFollowUp", "postponeFollowUp", "reassignFollowUp", "companyCard", "addFollowUp",
                "saveFollowUp", "cancelContact", "refreshMyFollowUps", "followUpCard", "", "' or ''='"), Value)
            .Select((name, value, verb, data) =>
            {
                var v = name == "adaptiveCard/action" ? new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data?.DeepClone() } } : value;
                return Body("invoke", string.Empty, v, 0, CrmAppFactory.TenantA, name);
            });
        await invoke.SampleAsync(async body => await PostAsync("/api/messages", body, "application/json"), iter: Invokes, threads: 4);
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task TabApi_GeneratedBodiesAndQueries_Never5xxAndProblemDetails()
    {
        var anna = await SignedInAsync("anna");
        var token = anna.DefaultRequestHeaders.Authorization!;
        var routes = Gen.OneOf(
            ("GET", "/api/v1/followups?owner={0}&status={0}&due={0}&category={0}&company={0}&pageSize={0}&continuationToken={0}"),
            ("GET", "/api/v1/followups/export?status={0}&company={0}"),
            ("GET", "/api/v1/companies?q={0}&pageSize={0}&continuationToken={0}"),
            ("GET", "/api/v1/companies/{0}?continuationToken={0}"),
            ("GET", "/api/v1/service-level?from={0}&to={0}"),
            ("GET", "/api/v1/audit?month={0}&continuationToken={0}"),
            ("GET", "/api/v1/privacy/extract?name={0}&email={0}&phone={0}"),
            ("POST", "/api/v1/followups/{0}/close"),
            ("POST", "/api/v1/followups/{0}/postpone"),
            ("POST", "/api/v1/followups/{0}/reassign"),
            ("POST", "/api/v1/followups/reassign"),
            ("POST", "/api/v1/interactions/{0}/confidential"),
            ("POST", "/api/v1/privacy/erasure"));
        var request = Gen.Select(routes, Text, Value, Gen.Bool).Select((route, text, body, ifMatch) => (route.Item1, string.Format(System.Globalization.CultureInfo.InvariantCulture, route.Item2,
            Uri.EscapeDataString(text.Length > 2000 ? text[..2000] : text)), body?.ToJsonString() ?? "null", ifMatch));
        await request.SampleAsync(async r =>
        {
            using var message = new HttpRequestMessage(new HttpMethod(r.Item1), r.Item2);
            message.Headers.Authorization = token;
            if (r.Item1 == "POST")
            {
                message.Content = new StringContent(r.Item3, Encoding.UTF8, "application/json");
                if (r.ifMatch)
                {
                    message.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                }
            }

            await SendAsync(message, problemDetails: true);
        }, iter: ApiRequests, threads: 4);
        await AssertHealthyAsync();
    }

    private string Body(string type, string text, JsonNode? value, int shape, string tenant, string? name = null)
    {
        var a = new JsonObject
        {
            ["type"] = type,
            ["id"] = shape == 1 ? null : "f-" + Guid.NewGuid().ToString("N")[..12],
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = shape == 2 ? "skype" : "msteams",
            ["text"] = text,
            ["value"] = value?.DeepClone(),
            ["name"] = name,
            ["locale"] = shape == 3 ? text : "sv-SE",
            ["from"] = shape == 4 ? null : new JsonObject { ["id"] = "29:fuzz", ["name"] = text.Length > 100 ? text[..100] : text, ["aadObjectId"] = shape == 5 ? text : "00000000-0000-0000-0000-00000000f022" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = shape == 6 ? null : new JsonObject { ["id"] = shape == 7 ? text : "a:fuzz-" + (shape % 3), ["conversationType"] = shape == 8 ? text : "personal", ["tenantId"] = tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        };
        return a.ToJsonString();
    }

    private async Task PostAsync(string path, string body, string contentType)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)) };
        await SendAsync(message, problemDetails: false);
    }

    private async Task SendAsync(HttpRequestMessage message, bool problemDetails)
    {
        if (Uri.UnescapeDataString(message.RequestUri!.OriginalString).Contains('\0', StringComparison.Ordinal))
        {
            // The in-memory test server refuses a NUL in the path before the app sees it (Kestrel answers 400).
            return;
        }

        var requestBody = message.Content is null ? string.Empty : await message.Content.ReadAsStringAsync();
        using var response = await Client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        // 501 is the Bot Framework's answer to an invoke no handler knows ("Not Implemented"): only for such names.
        if (status >= 500 && !(status == 501 && IsUnknownInvoke(requestBody)))
        {
            throw new InvalidOperationException($"{message.Method} {message.RequestUri} → {status}: {text}");
        }

        if (status >= 400 && status != 404 && status != 405 && string.IsNullOrWhiteSpace(text) && response.StatusCode != HttpStatusCode.Unauthorized)
        {
            throw new InvalidOperationException($"{message.Method} {message.RequestUri} → {status} without a body saying why");
        }

        if (problemDetails && status >= 400 && text.Length > 0 && !IsProblemDetails(text, status))
        {
            throw new InvalidOperationException($"{message.Method} {message.RequestUri} → {status} is not ProblemDetails with title and status: {text}");
        }
    }

    /// <summary>The invoke names the bot handles; any other invoke may be answered 501.</summary>
    private static readonly HashSet<string> KnownInvokes =
        ["adaptiveCard/action", "composeExtension/query", "composeExtension/fetchTask", "composeExtension/submitAction", "application/search"];

    private static bool IsUnknownInvoke(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject a && a["type"]?.GetValueKind() == JsonValueKind.String && (string?)a["type"] == "invoke"
                && !(a["name"]?.GetValueKind() == JsonValueKind.String && KnownInvokes.Contains((string)a["name"]!));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>RFC 9457 problem details: a JSON object with a title and the response's status.</summary>
    private static bool IsProblemDetails(string text, int status)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject p && p["title"]?.GetValueKind() == JsonValueKind.String
                && p["status"]?.GetValueKind() == JsonValueKind.Number && (int)p["status"]! == status;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The host still answers, and every stored contact and follow-up has all of its index rows.</summary>
    private async Task AssertHealthyAsync()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/readyz")).StatusCode);
        var rows = (await new TableInspector(Azurite, App.TablePrefix).AllEntitiesAsync()).Where(e => e.Table == "Crm").Select(e => e.Entity).ToList();
        var keys = rows.Select(e => $"{e.PartitionKey}/{e.RowKey}").ToHashSet(StringComparer.Ordinal);
        foreach (var f in rows.Where(e => e.RowKey.StartsWith("F|", StringComparison.Ordinal)))
        {
            Assert.All((f.GetString("IndexKeys") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries), k => Assert.Contains($"{f.PartitionKey}/{k}", keys));
        }

        Assert.Equal(rows.Count(e => e.RowKey.StartsWith("I|", StringComparison.Ordinal)), rows.Count(e => e.RowKey.StartsWith("IC|", StringComparison.Ordinal)));
    }
}
