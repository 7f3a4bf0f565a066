using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Reminders;

namespace NaringslivCrm.Bot.Api.Reminders;

/// <summary>/api/v1/reminders: the officers the bot cannot bring reminders to (managers, own municipality only).</summary>
public static class RemindersApi
{
    public static RouteGroupBuilder MapRemindersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reminders/delivery-problems", async (HttpContext http, IDeliveryProblemLog problems, CancellationToken ct) =>
        {
            var user = http.TabUser();
            if (!user.IsManager)
            {
                return Problems.Of(http, 403, "Bara chefer ser vilka handläggare som inte nås av påminnelser.", "Only managers can see which officers reminders cannot reach.");
            }

            var items = await problems.ListAsync(user.Municipality.Code, ct);
            return Results.Ok(new
            {
                items = items.Select(p => new
                {
                    officerId = p.OfficerId,
                    officerName = p.OfficerName,
                    problem = p.Kind switch
                    {
                        DeliveryProblemKind.NotInstalled => "notInstalled",
                        DeliveryProblemKind.FeedWithoutApp => "feedWithoutApp",
                        DeliveryProblemKind.FeedAppMismatch => "feedAppMismatch",
                        DeliveryProblemKind.FeedPermission => "feedPermission",
                        _ => "unreachable",
                    },
                    since = p.Since,
                    lastSeenAt = p.LastSeenAt,
                }),
            });
        });
        return api;
    }
}
