using System.Text.Json;
using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.MessageExtensions;

/// <summary>
/// Search command "Sök företag" (composeExtension/query): firms of the caller's municipality by name or org number,
/// each with a thumbnail preview; choosing one inserts the company card. Answers from the in-memory name list, then
/// builds the cards for the page shown only.
/// </summary>
public sealed class CompanySearchExtension(CompanyNameCache names, CompanyCardService cards) : IInvokeHandler
{
    public const string CommandId = "sokForetag";

    public string Name => "composeExtension/query";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (commandId, query, skip, count) = Read(turn.Activity.Value);
        var en = BotUser.English(turn);
        if (commandId != CommandId)
        {
            return InvokeResponse.Ok(new { composeExtension = new { type = "message", text = en ? "Unknown command." : "Okänt kommando." } });
        }

        var municipality = BotUser.Municipality(turn);
        var hits = (await names.SearchAsync(municipality, query, skip + count, cancellationToken)).Skip(skip).Take(count).ToList();
        var built = await Task.WhenAll(hits.Select(h => cards.BuildAsync(municipality, h.OrgNumber, en, cancellationToken, shared: true)));
        var attachments = new List<object>();
        foreach (var (hit, card) in hits.Zip(built))
        {
            if (card is null)
            {
                continue;
            }

            attachments.Add(new
            {
                contentType = AdaptiveCard.ContentType,
                content = card,
                preview = new
                {
                    contentType = "application/vnd.microsoft.card.thumbnail",
                    content = new { title = hit.Name, subtitle = hit.OrgNumber.ToString(), text = en ? "Company in your municipality" : "Företag i kommunen" },
                },
            });
        }

        return InvokeResponse.Ok(new { composeExtension = new { type = "result", attachmentLayout = "list", attachments } });
    }

    private static (string? CommandId, string? Query, int Skip, int Count) Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return (null, null, 0, 10);
        }

        var commandId = v.TryGetProperty("commandId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        string? query = null;
        if (v.TryGetProperty("parameters", out var ps) && ps.ValueKind == JsonValueKind.Array)
        {
            foreach (var p in ps.EnumerateArray())
            {
                if (p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() is "query"
                    && p.TryGetProperty("value", out var qv) && qv.ValueKind == JsonValueKind.String)
                {
                    query = qv.GetString();
                }
            }
        }

        var skip = 0;
        var count = 10;
        if (v.TryGetProperty("queryOptions", out var o) && o.ValueKind == JsonValueKind.Object)
        {
            skip = o.IntProperty("skip") is { } si ? Math.Clamp(si, 0, 1000) : 0;
            count = o.IntProperty("count") is { } ki ? Math.Clamp(ki, 1, 25) : 10;
        }

        return (commandId, query, skip, count);
    }
}
