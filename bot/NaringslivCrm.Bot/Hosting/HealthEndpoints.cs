using NaringslivCrm.Bot.Storage;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>/healthz (the process is up) and /readyz (storage answers).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapGet("/readyz", async Task<IResult> (StorageProbe storage, CancellationToken ct) => await storage.AnswersAsync(ct)
            ? TypedResults.Ok(new { status = "ready" })
            : TypedResults.Json(new { status = "storage unavailable" }, statusCode: 503)).ExcludeFromDescription();
        return app;
    }
}
