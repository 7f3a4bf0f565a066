using System.Text.Json;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Companies;

/// <summary>
/// application/search: the dynamic typeahead of the form's company field (Input.ChoiceSet with Data.Query
/// dataset "companies"). Answers from the in-memory name list, so each keystroke costs no table read.
/// </summary>
public sealed class CompanySearchInvoke(CompanyNameCache companies) : IInvokeHandler
{
    public string Name => "application/search";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value;
        var query = value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("queryText", out var q) && q.ValueKind == JsonValueKind.String
            ? q.GetString()
            : null;
        var top = value is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("queryOptions", out var opts) && opts.ValueKind == JsonValueKind.Object
            && opts.IntProperty("top") is { } n ? Math.Clamp(n, 1, 50) : 15;
        var hits = await companies.SearchAsync(BotUser.Municipality(turn), query, top, cancellationToken);
        return InvokeResponse.Ok(new
        {
            statusCode = 200,
            type = "application/vnd.microsoft.search.searchResponse",
            value = new { results = hits.Select(h => new { title = $"{h.Name} ({h.OrgNumber})", value = h.OrgNumber.Digits }) },
        });
    }
}
