using System.Net;
using NaringslivCrm.Domain.FollowUps;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NaringslivCrm.Bot.Tests.Api;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Reliability;

/// <summary>
/// Every field of every API body and every invoke value, sent with the wrong JSON type: a string for a number, a number
/// for a string, null, an array, an object, a bool. Starting from a valid request, each field (nested ones too) is
/// replaced one at a time. The API answers 400 ProblemDetails naming the field (a numeric string for a number and null
/// for an optional field may be accepted: System.Text.Json's web defaults read numbers from strings); an invoke is
/// answered with a body (a card or an error the user sees), never a 5xx. This is how "skip":"0" and a null bulk item
/// answering 500 are found by the suite rather than by hand.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WrongTypeFuzzTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    private static readonly JsonNode?[] Replacements = ["1", 1, 1.5, true, null, new JsonArray(), new JsonArray(1, "x"), new JsonObject(), new JsonObject { ["x"] = 1 }];

    [Fact]
    public async Task TabApi_EveryFieldWrongType_400NamingTheFieldNever5xx()
    {
        // A fresh follow-up (version 1) for every request, so an accepted variant never makes the next one stale.
        var pool = new Queue<FollowUp>(await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken AB", "anna", followUps: 120));
        var visit = pool.Peek().InteractionId!.Value.ToString("N");
        var anna = await SignedInAsync("anna");
        var routes = new (string Path, string Body, string[] Optional)[]
        {
            ("/api/v1/followups/@F/close", """{"note":"Klart, ringde tillbaka."}""", []),
            ("/api/v1/followups/@F/postpone", """{"workingDays":1}""", []),
            ("/api/v1/followups/@F/reassign", """{"ownerId":"erik"}""", []),
            ("/api/v1/followups/reassign", """{"ownerId":"erik","items":[{"id":"@F","etag":"\"1\""}]}""", []),
            ($"/api/v1/interactions/{visit}/confidential", """{"confidential":true}""", []),
            ("/api/v1/privacy/erasure", """{"name":"Nils Nilsson","email":"nils@example.se","phone":"070-123 45 67","confirm":true}""", ["email", "phone"]),
            ("/api/v1/dev/token", """{"userId":"anna"}""", []),
        };
        var cases = 0;
        var failures = new List<string>();
        foreach (var (template, body, optional) in routes)
        {
            foreach (var (field, variantTemplate, replacement) in Variants(JsonNode.Parse(body)!))
            {
                cases++;
                var f = (template + body).Contains("@F", StringComparison.Ordinal) ? pool.Dequeue().Id.ToString("N") : string.Empty;
                var (path, variant) = (template.Replace("@F", f, StringComparison.Ordinal), variantTemplate.Replace("@F", f, StringComparison.Ordinal));
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(variant, Encoding.UTF8, "application/json") };
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                request.Headers.Authorization = anna.DefaultRequestHeaders.Authorization;
                using var response = await Client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var problem = Problem(text);
                var name = field.Split('.')[^1];
                var lenient = (replacement is null && optional.Contains(name))
                    || (replacement?.GetValueKind() == JsonValueKind.String && IsNumber(JsonNode.Parse(body)!, field))
                    || (name == "etag" && replacement is null && RefusedEveryItem(text)); // bulk: each item answered ("Ange vilken version …")
                var ok = (int)response.StatusCode < 500 && (lenient
                    ? response.IsSuccessStatusCode || problem is not null
                    : response.StatusCode == HttpStatusCode.BadRequest && problem is { } p && (field == "$" || p.Contains(field.Split('.', '[')[0], StringComparison.Ordinal)
                        || p.Contains(name.Split('[')[0], StringComparison.Ordinal) || replacement is null));
                if (!ok)
                {
                    failures.Add($"{path} {variant} → {(int)response.StatusCode} {text}");
                }
            }
        }

        Assert.True(cases > 80, $"{cases} cases");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Invokes_EveryFieldWrongType_AnsweredWithAMessageNever5xx()
    {
        await using var connector = new FakeConnector { AcceptAnonymous = true };
        await connector.StartAsync();
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken AB", "anna", followUps: 2))[0];
        var id = f.Id.ToString("N");
        var invokes = new (string Name, string Value)[]
        {
            ("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"closeFollowUp","data":{"id":"@ID","etag":"1","note_@ID":"Klart"}}}"""),
            ("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"postponeFollowUp","data":{"id":"@ID","etag":"1","days":3}}}"""),
            ("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"reassignFollowUp","data":{"id":"@ID","etag":"1","owner_@ID":"erik"}}}"""),
            ("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"followUpCard","data":{"id":"@ID"}}}"""),
            ("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"myFollowUps","data":{"filter":"open","page":1}}}"""),
            ("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"showCompany","data":{"company":"556036-0793"}}}"""),
            ("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"saveFollowUp","data":{"id":"@NEW","interactionId":"@IID","company":"556036-0793","followUpText":"Ring","followUpDue":"2030-01-07"}}}"""),
            ("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"saveContact","data":{"draftId":"@NEW","company":"556036-0793","kind":"visit","date":"2026-11-20","notes":"Besök","participants":"Åsa","needCategories":"energi","needText":"5 MW","followUpText":"Ring","followUpDue":"2030-01-07","confidential":false,"signalType":"expansion","signalAmount":"40","signalUnit":"jobs","signalTimeFrame":"2027"}}}"""),
            ("composeExtension/query", """{"commandId":"searchCompany","parameters":[{"name":"query","value":"Hammar"}],"queryOptions":{"skip":0,"count":10}}"""),
            ("composeExtension/fetchTask", """{"commandId":"logContact","messagePayload":{"body":{"content":"Besök Hammarverken"}}}"""),
            ("composeExtension/submitAction", """{"commandId":"logContact","data":{"company":"556036-0793","notes":"Besök"},"messagePayload":{"body":{"content":"x"}}}"""),
            ("application/search", """{"queryText":"Hammar","kind":"search","queryOptions":{"skip":0,"top":5},"dataset":"companies"}"""),
        };
        var cases = 0;
        var failures = new List<string>();
        foreach (var (name, template) in invokes)
        {
            var value = template.Replace("@ID", id, StringComparison.Ordinal).Replace("@IID", f.InteractionId!.Value.ToString("N"), StringComparison.Ordinal)
                .Replace("@NEW", Guid.NewGuid().ToString("N"), StringComparison.Ordinal);
            foreach (var (_, variant, _) in Variants(JsonNode.Parse(value)!, skip: ["type", "verb"]))
            {
                cases++;
                var activity = new JsonObject
                {
                    ["type"] = "invoke", ["name"] = name, ["id"] = "w-" + Guid.NewGuid().ToString("N")[..12], ["serviceUrl"] = connector.ServiceUrl,
                    ["channelId"] = "msteams", ["locale"] = "sv-SE", ["value"] = JsonNode.Parse(variant),
                    ["from"] = new JsonObject { ["id"] = "29:anna", ["name"] = "Anna", ["aadObjectId"] = "anna" },
                    ["recipient"] = new JsonObject { ["id"] = "28:bot" },
                    ["conversation"] = new JsonObject { ["id"] = "a:wrong-type", ["conversationType"] = "personal", ["tenantId"] = CrmAppFactory.TenantA },
                    ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = CrmAppFactory.TenantA } },
                };
                using var response = await Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
                var text = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || string.IsNullOrWhiteSpace(text))
                {
                    failures.Add($"{name} {variant} → {(int)response.StatusCode} {text}");
                }
            }
        }

        Assert.True(cases > 150, $"{cases} cases");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/readyz")).StatusCode);
    }

    /// <summary>The body with one field (by path) replaced by each wrong-typed value; the whole body replaced too ("$").</summary>
    private static IEnumerable<(string Field, string Body, JsonNode? Replacement)> Variants(JsonNode root, string[]? skip = null)
    {
        foreach (var r in Replacements.Where(r => r is not JsonObject))
        {
            yield return ("$", r?.ToJsonString() ?? "null", r);
        }

        foreach (var (path, node) in Leaves(root, string.Empty))
        {
            if (skip?.Contains(path.Split('.')[^1]) == true)
            {
                continue;
            }

            foreach (var r in Replacements.Where(r => !SameKind(node, r)))
            {
                var copy = root.DeepClone();
                Set(copy, path, r?.DeepClone());
                yield return (path, copy.ToJsonString(), r);
            }
        }
    }

    private static IEnumerable<(string Path, JsonNode? Node)> Leaves(JsonNode? node, string path)
    {
        if (path.Length > 0)
        {
            yield return (path, node);
        }

        var children = node switch
        {
            JsonObject o => o.Select(p => (Path: path.Length == 0 ? p.Key : $"{path}.{p.Key}", Node: p.Value)).ToList(),
            JsonArray a => a.Select((x, i) => (Path: $"{path}[{i}]", Node: x)).ToList(),
            _ => [],
        };
        foreach (var (p, n) in children)
        {
            foreach (var leaf in Leaves(n, p))
            {
                yield return leaf;
            }
        }
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = parts[i].StartsWith('[') ? node![int.Parse(parts[i][1..^1], System.Globalization.CultureInfo.InvariantCulture)] : node![parts[i]];
        }

        var last = parts[^1];
        if (last.StartsWith('['))
        {
            node!.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node!.AsObject()[last] = value;
        }
    }

    private static bool SameKind(JsonNode? a, JsonNode? b) => Kind(a) == Kind(b);

    private static JsonValueKind Kind(JsonNode? n) => n?.GetValueKind() switch
    {
        null => JsonValueKind.Null,
        JsonValueKind.False => JsonValueKind.True,
        var k => k.Value,
    };

    private static bool IsNumber(JsonNode root, string path)
    {
        var parts = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var part in parts)
        {
            node = part == "$" ? node : part.StartsWith('[') ? node?[int.Parse(part[1..^1], System.Globalization.CultureInfo.InvariantCulture)] : node?[part];
        }

        return node?.GetValueKind() == JsonValueKind.Number;
    }

    private static bool RefusedEveryItem(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject o && o["updated"] is JsonArray { Count: 0 } && o["refused"] is JsonArray { Count: > 0 } refused
                && refused.All(r => r?["detail"]?.GetValueKind() == JsonValueKind.String);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Problem(string text)
    {
        try
        {
            var body = JsonSerializer.Deserialize<JsonElement>(text);
            return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String
                && body.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String && d.GetString()!.Length > 0
                ? d.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
