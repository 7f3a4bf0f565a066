using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Conversations;

/// <summary>
/// Ignores an activity already handled (same conversation and activity id): no second reply, no second record.
/// A turn that fails releases its claim so the channel's retry is handled.
/// </summary>
public sealed partial class RedeliveryFilter(IProcessedActivityLog log, ILogger<RedeliveryFilter> logger) : ITurnFilter
{
    private sealed record Claim(string Municipality, string Conversation, string Activity);

    public async Task<TurnFilterResult> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var a = turn.Activity;
        if (a.Id is not { Length: > 0 } id || turn.Get<CallerMunicipality>() is not { } municipality
            || a.Type is ActivityTypes.Typing)
        {
            return TurnFilterResult.Next;
        }

        if (await log.TryClaimAsync(municipality.Code, a.Conversation!.Id!, id, cancellationToken))
        {
            turn.Set(new Claim(municipality.Code, a.Conversation.Id!, id));
            return TurnFilterResult.Next;
        }

        LogRedelivery(logger, a.Type ?? "(none)", id);
        return TurnFilterResult.Stop(a.Type == ActivityTypes.Invoke ? new InvokeResponse(200) : null);
    }

    public async Task OnTurnCompletedAsync(TurnContext turn, bool succeeded, CancellationToken cancellationToken)
    {
        if (!succeeded && turn.Get<Claim>() is { } claim)
        {
            await log.ReleaseAsync(claim.Municipality, claim.Conversation, claim.Activity, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redelivered {Type} activity {ActivityId} ignored")]
    private static partial void LogRedelivery(ILogger logger, string type, string activityId);
}
