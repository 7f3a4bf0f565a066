using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Reminders;

namespace NaringslivCrm.Bot.Api.Reminders;

/// <summary>/api/v1/reminders: the officers the bot cannot bring reminders to (managers, own municipality only).</summary>
public static class RemindersApi
{
    /// <summary>Problem: notInstalled, unreachable, feedWithoutApp, feedAppMismatch or feedPermission.</summary>
    public sealed record DeliveryProblemDto(string OfficerId, string OfficerName,
        [property: AllowedValues("notInstalled", "unreachable", "feedWithoutApp", "feedAppMismatch", "feedPermission")] string Problem, DateTimeOffset Since, DateTimeOffset LastSeenAt);

    public static RouteGroupBuilder MapRemindersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reminders/delivery-problems", async Task<Results<Ok<ItemList<DeliveryProblemDto>>, ProblemHttpResult>> (HttpContext http, IDeliveryProblemLog problems, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var items = await problems.ListAsync(user.Municipality.Code, ct);
            return TypedResults.Ok(new ItemList<DeliveryProblemDto>([.. items.Select(p => new DeliveryProblemDto(p.OfficerId, p.OfficerName, Wire(p.Kind), p.Since, p.LastSeenAt))]));
        }).ProducesProblem(403)
            .RequireManager("Bara chefer ser vilka handläggare som inte nås av påminnelser.", "Only managers can see which officers reminders cannot reach.");
        return api;
    }

    private static string Wire(DeliveryProblemKind kind) => kind switch
    {
        DeliveryProblemKind.NotInstalled => "notInstalled",
        DeliveryProblemKind.FeedWithoutApp => "feedWithoutApp",
        DeliveryProblemKind.FeedAppMismatch => "feedAppMismatch",
        DeliveryProblemKind.FeedPermission => "feedPermission",
        _ => "unreachable",
    };
}
