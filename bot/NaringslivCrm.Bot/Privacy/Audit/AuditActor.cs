using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Privacy.Audit;

/// <summary>Who is acting in the current request: the signed-in tab user, the chat user of the turn, or the app itself.</summary>
public sealed record AuditActor(string Id, string Name, AuditChannel Channel)
{
    public static readonly AuditActor System = new("system", "NaringslivCrm", AuditChannel.System);
}

/// <summary>Finds the actor of the current HTTP request (tab API or bot turn); background work is the app itself.</summary>
public sealed class AuditActorAccessor(IHttpContextAccessor http)
{
    public AuditActor Current
    {
        get
        {
            var items = http.HttpContext?.Items;
            return items?[typeof(AuditActor)] as AuditActor
                ?? (items?[typeof(TabUser)] is TabUser t ? new AuditActor(t.UserId, t.Name, AuditChannel.Tab) : AuditActor.System);
        }
    }
}

/// <summary>Puts the chat user of a turn on the request, so that what the turn reads and writes is audited in their name.</summary>
public sealed class BotAuditActorFilter(IHttpContextAccessor http) : ITurnFilter
{
    public Task<TurnFilterResult> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (http.HttpContext is { } context)
        {
            var user = BotUser.Of(turn);
            context.Items[typeof(AuditActor)] = new AuditActor(user.UserId, user.DisplayName, AuditChannel.Bot);
        }

        return Task.FromResult(TurnFilterResult.Next);
    }
}
