using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.FollowUps.Changes;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>
/// Done / postpone / reassign from a follow-up card (the list or the single follow-up card), through the same
/// <see cref="FollowUpChangeService"/> as the tab. Each press carries the version the user saw (etag); if someone changed
/// the follow-up since, nothing is overwritten: the user is told and gets a fresh card. Someone else's follow-up is
/// refused without showing anything of it.
/// </summary>
public abstract class FollowUpCardAction(FollowUpChangeService changes, FollowUpCardService cards) : ICardActionHandler
{
    public abstract string Verb { get; }

    protected FollowUpChangeService Changes => changes;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var result = request.Guid("id") is { } id
            ? await ChangeAsync(ChatActor.Of(turn), id, request.Text("etag"), request, cancellationToken)
            : FollowUpChangeResult.NotFound;
        return result.Outcome switch
        {
            FollowUpChangeOutcome.Changed => await cards.AnswerAsync(turn, request, result.FollowUp, Done(result.FollowUp!, en), true, cancellationToken),
            FollowUpChangeOutcome.NotFound or FollowUpChangeOutcome.Forbidden => await cards.RefuseAsync(turn, request, result.Error!, cancellationToken),
            _ => await cards.AnswerAsync(turn, request, result.FollowUp, "⚠ " + ChatActor.Text(result.Error!, en), false, cancellationToken),
        };
    }

    protected abstract Task<FollowUpChangeResult> ChangeAsync(FollowUpActor actor, Guid id, string? version, CardActionRequest r, CancellationToken ct);

    protected abstract string Done(FollowUp f, bool en);
}

/// <summary>"Klar": closes the follow-up with the återkoppling note (required).</summary>
public sealed class CloseFollowUpAction(FollowUpChangeService changes, FollowUpCardService cards) : FollowUpCardAction(changes, cards)
{
    public override string Verb => MyFollowUpsCard.CloseVerb;

    protected override Task<FollowUpChangeResult> ChangeAsync(FollowUpActor actor, Guid id, string? version, CardActionRequest r, CancellationToken ct) =>
        Changes.CloseAsync(actor, id, version, r.Text("note_" + id.ToString("N")), ct);

    protected override string Done(FollowUp f, bool en) => en ? $"Done: {f.Description}" : $"Klar: {f.Description}";
}

/// <summary>"Skjut upp 1/3/7 arbetsdagar": postpones by working days (weekends and Swedish public holidays skipped).</summary>
public sealed class PostponeFollowUpAction(FollowUpChangeService changes, FollowUpCardService cards) : FollowUpCardAction(changes, cards)
{
    public override string Verb => MyFollowUpsCard.PostponeVerb;

    protected override Task<FollowUpChangeResult> ChangeAsync(FollowUpActor actor, Guid id, string? version, CardActionRequest r, CancellationToken ct) =>
        Changes.PostponeAsync(actor, id, version, r.Int("days"), ct);

    protected override string Done(FollowUp f, bool en) =>
        en ? $"Postponed to {f.DueDate:yyyy-MM-dd}: {f.Description}" : $"Uppskjuten till {f.DueDate:yyyy-MM-dd}: {f.Description}";
}

/// <summary>"Tilldela om": gives the follow-up to a colleague, who is then notified (queued before the save).</summary>
public sealed class ReassignFollowUpAction(FollowUpChangeService changes, FollowUpCardService cards) : FollowUpCardAction(changes, cards)
{
    public override string Verb => MyFollowUpsCard.ReassignVerb;

    protected override Task<FollowUpChangeResult> ChangeAsync(FollowUpActor actor, Guid id, string? version, CardActionRequest r, CancellationToken ct) =>
        Changes.ReassignAsync(actor, id, version, r.Text("owner_" + id.ToString("N")), ct);

    protected override string Done(FollowUp f, bool en) =>
        en ? $"Given to {f.Owner.DisplayName}: {f.Description}" : $"Tilldelad {f.Owner.DisplayName}: {f.Description}";
}
