using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>/healthz (the process is up) and /readyz (storage answers).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapGet("/readyz", async Task<IResult> (TableServiceClient tables, TableNames names, CancellationToken ct) =>
        {
            try
            {
                await tables.GetTableClient(names.ConversationReferences).QueryAsync<TableEntity>(maxPerPage: 1, cancellationToken: ct)
                    .AsPages().GetAsyncEnumerator(ct).MoveNextAsync();
                return TypedResults.Ok(new { status = "ready" });
            }
            catch (Azure.RequestFailedException)
            {
                return TypedResults.Json(new { status = "storage unavailable" }, statusCode: 503);
            }
            catch (HttpRequestException)
            {
                return TypedResults.Json(new { status = "storage unavailable" }, statusCode: 503);
            }
        }).ExcludeFromDescription();
        return app;
    }
}
