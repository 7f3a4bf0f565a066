using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>
/// Done / postpone / reassign from a follow-up card (the list or the single follow-up card). Each press carries the
/// version the user saw (etag); if someone changed the follow-up since, nothing is overwritten: the user gets
/// "någon annan har ändrat uppföljningen" and a fresh card.
/// </summary>
public abstract class FollowUpCardAction(IFollowUpRepository followUps, FollowUpCardService cards, TimeProvider time) : ICardActionHandler
{
    public abstract string Verb { get; }

    protected TimeProvider Time => time;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var municipality = BotUser.Municipality(turn);
        var id = request.Guid("id");
        var followUp = id is null ? null : await followUps.GetAsync(municipality, id.Value, cancellationToken);
        if (followUp is null)
        {
            return await cards.AnswerAsync(turn, request, null, en ? "The follow-up no longer exists." : "Uppföljningen finns inte längre.", false, cancellationToken);
        }

        if (request.Text("etag") is { } seen && seen != followUp.Concurrency)
        {
            return await cards.AnswerAsync(turn, request, followUp, Conflict(en), false, cancellationToken);
        }

        var changed = await ApplyAsync(followUp, request, BotUser.Of(turn), turn);
        if (!changed.IsSuccess)
        {
            return await cards.AnswerAsync(turn, request, followUp, "⚠ " + (en ? changed.Error!.English : changed.Error!.Swedish), false, cancellationToken);
        }

        var saved = await followUps.UpdateAsync(followUp, cancellationToken);
        return saved.IsSuccess
            ? await cards.AnswerAsync(turn, request, followUp, Done(followUp, en), true, cancellationToken)
            : await cards.AnswerAsync(turn, request, await followUps.GetAsync(municipality, followUp.Id, cancellationToken), Conflict(en), false, cancellationToken);
    }

    protected abstract Task<Result> ApplyAsync(FollowUp f, CardActionRequest r, UserRef me, TurnContext turn);

    protected abstract string Done(FollowUp f, bool en);

    private static string Conflict(bool en) => en
        ? "Someone else has changed the follow-up. Here is where it stands now; nothing was overwritten."
        : "Någon annan har ändrat uppföljningen. Så här ser det ut nu; ingenting skrevs över.";
}

/// <summary>"Klar": closes the follow-up with the återkoppling note (required).</summary>
public sealed class CloseFollowUpAction(IFollowUpRepository followUps, FollowUpCardService cards, TimeProvider time)
    : FollowUpCardAction(followUps, cards, time)
{
    public override string Verb => MyFollowUpsCard.CloseVerb;

    protected override Task<Result> ApplyAsync(FollowUp f, CardActionRequest r, UserRef me, TurnContext turn) =>
        Task.FromResult(f.Close(me, r.Text("note_" + f.Id.ToString("N")), Time.GetUtcNow()));

    protected override string Done(FollowUp f, bool en) => en ? $"Done: {f.Description}" : $"Klar: {f.Description}";
}

/// <summary>"+1 / +3 / +7": postpones by working days (weekends and Swedish public holidays skipped).</summary>
public sealed class PostponeFollowUpAction(IFollowUpRepository followUps, FollowUpCardService cards, SwedishCalendar calendar, TimeProvider time)
    : FollowUpCardAction(followUps, cards, time)
{
    public override string Verb => MyFollowUpsCard.PostponeVerb;

    protected override Task<Result> ApplyAsync(FollowUp f, CardActionRequest r, UserRef me, TurnContext turn) =>
        Task.FromResult(r.Int("days") is { } days and (1 or 3 or 7)
            ? f.Postpone(days, calendar, me, Time.GetUtcNow())
            : FollowUpErrors.NotForward);

    protected override string Done(FollowUp f, bool en) =>
        en ? $"Postponed to {f.DueDate:yyyy-MM-dd}: {f.Description}" : $"Uppskjuten till {f.DueDate:yyyy-MM-dd}: {f.Description}";
}

/// <summary>"Tilldela om": gives the follow-up to a colleague, who is then notified (queued before the save).</summary>
public sealed class ReassignFollowUpAction(IFollowUpRepository followUps, FollowUpCardService cards, IOfficerDirectory officers, IFollowUpNotifier notifier, TimeProvider time)
    : FollowUpCardAction(followUps, cards, time)
{
    public override string Verb => MyFollowUpsCard.ReassignVerb;

    protected override async Task<Result> ApplyAsync(FollowUp f, CardActionRequest r, UserRef me, TurnContext turn)
    {
        var ownerId = r.Text("owner_" + f.Id.ToString("N"));
        var to = ownerId is null ? null : (await officers.ListAsync(BotUser.Municipality(turn), CancellationToken.None))
            .FirstOrDefault(o => o.UserId == ownerId);
        if (to is null)
        {
            return new ValidationError("follow-up.owner-unknown", "Välj en kollega att tilldela uppföljningen.", "Choose a colleague to give the follow-up to.");
        }

        var changed = f.Reassign(to, me, Time.GetUtcNow());
        if (changed.IsSuccess)
        {
            await notifier.AssignedAsync(f, me, CancellationToken.None);
        }

        return changed;
    }

    protected override string Done(FollowUp f, bool en) =>
        en ? $"Given to {f.Owner.DisplayName}: {f.Description}" : $"Tilldelad {f.Owner.DisplayName}: {f.Description}";
}
