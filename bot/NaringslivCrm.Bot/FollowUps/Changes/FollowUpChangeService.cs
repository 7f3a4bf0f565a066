using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.FollowUps.Changes;

/// <summary>
/// Every change to a follow-up, for chat and tab alike: only its owner or a manager of its municipality may change it,
/// every change names the version the user saw (a stale one changes nothing and answers with the current follow-up),
/// the domain decides what the change may be, and the answer says "changed" only when the save landed.
/// Storage failures are not caught here: they reach the channel's boundary as "try again", never as saved.
/// </summary>
public sealed class FollowUpChangeService(
    IFollowUpRepository followUps, IOfficerDirectory officers, IFollowUpNotifier notifier, SwedishCalendar calendar, TimeProvider time)
{
    /// <summary>The owner or a manager may change a follow-up.</summary>
    public static bool MayChange(FollowUpActor actor, FollowUp f) =>
        f.Municipality == actor.Municipality && (actor.IsManager || f.Owner.UserId == actor.User.UserId);

    /// <summary>Who may see it: those who may change it, and whoever last gave it to its owner (the card's watchers).</summary>
    public static bool MayView(FollowUpActor actor, FollowUp f) =>
        MayChange(actor, f)
        || (f.Municipality == actor.Municipality
            && f.LastReassignment?.By.UserId == actor.User.UserId);

    /// <summary>The follow-up if the actor may see it; else NotFound or Forbidden (without its content).</summary>
    public async Task<FollowUpChangeResult> ViewAsync(FollowUpActor actor, Guid id, CancellationToken ct)
    {
        var f = await followUps.GetAsync(actor.Municipality, id, ct);
        return f is null ? FollowUpChangeResult.NotFound : MayView(actor, f) ? FollowUpChangeResult.Done(f) : FollowUpChangeResult.Forbidden;
    }

    /// <summary>The follow-up if the actor may change it (e.g. to show the colleague picker).</summary>
    public async Task<FollowUpChangeResult> ForChangeAsync(FollowUpActor actor, Guid id, CancellationToken ct)
    {
        var f = await followUps.GetAsync(actor.Municipality, id, ct);
        return f is null ? FollowUpChangeResult.NotFound : MayChange(actor, f) ? FollowUpChangeResult.Done(f) : FollowUpChangeResult.Forbidden;
    }

    public Task<FollowUpChangeResult> CloseAsync(FollowUpActor actor, Guid id, string? version, string? note, CancellationToken ct) =>
        ChangeAsync(actor, id, version, f => Task.FromResult(f.Close(actor.User, note, time.GetUtcNow())), ct);

    public Task<FollowUpChangeResult> PostponeAsync(FollowUpActor actor, Guid id, string? version, int? workingDays, CancellationToken ct) =>
        ChangeAsync(actor, id, version, f => Task.FromResult(workingDays is { } days
            ? f.Postpone(days, calendar, actor.User, time.GetUtcNow())
            : FollowUpErrors.NotForward), ct);

    public async Task<FollowUpChangeResult> ReassignAsync(FollowUpActor actor, Guid id, string? version, string? ownerId, CancellationToken ct)
    {
        var to = await OfficerAsync(actor, ownerId, ct);
        return await ChangeAsync(actor, id, version, f => ReassignAsync(f, to, actor, ct), ct);
    }

    /// <summary>Reassigns several follow-ups (a manager's bulk action); each one by its own version, each answered.</summary>
    public async Task<IReadOnlyList<FollowUpChangeResult>> ReassignManyAsync(
        FollowUpActor actor, IReadOnlyList<(Guid Id, string? Version)> items, string? ownerId, CancellationToken ct)
    {
        var to = await OfficerAsync(actor, ownerId, ct);
        var results = new List<FollowUpChangeResult>(items.Count);
        foreach (var (id, version) in items)
        {
            results.Add(await ChangeAsync(actor, id, version, f => ReassignAsync(f, to, actor, ct), ct));
        }

        return results;
    }

    /// <summary>
    /// Adds a follow-up owned by the actor. The same form saved twice adds it once (and answers with the saved one);
    /// an id that names someone else's follow-up is refused without its content.
    /// </summary>
    public async Task<FollowUpChangeResult> AddAsync(FollowUpActor actor, NewFollowUp draft, CancellationToken ct)
    {
        var today = SwedishCalendar.Today(time);
        if (draft.DueDate < today)
        {
            return new FollowUpChangeResult(FollowUpChangeOutcome.Invalid, null, FollowUpErrors.DueInPast);
        }

        var created = FollowUp.Create(draft.Id, actor.Municipality, draft.Company, draft.InteractionId, draft.Description,
            actor.User, draft.DueDate, actor.User, time.GetUtcNow(), calendar);
        if (!created.IsSuccess)
        {
            return new FollowUpChangeResult(FollowUpChangeOutcome.Invalid, null, created.Error);
        }

        var saved = await followUps.AddAsync(created.Value, ct);
        if (saved.IsSuccess)
        {
            return FollowUpChangeResult.Done(created.Value);
        }

        var existing = await followUps.GetAsync(actor.Municipality, draft.Id, ct);
        return existing is null ? FollowUpChangeResult.NotFound
            : !MayChange(actor, existing) ? FollowUpChangeResult.Forbidden
            : existing.Description == created.Value.Description ? FollowUpChangeResult.Done(existing)
            : FollowUpChangeResult.Stale(existing);
    }

    private async Task<FollowUpChangeResult> ChangeAsync(
        FollowUpActor actor, Guid id, string? version, Func<FollowUp, Task<Result>> change, CancellationToken ct)
    {
        var f = await followUps.GetAsync(actor.Municipality, id, ct);
        if (f is null)
        {
            return FollowUpChangeResult.NotFound;
        }

        if (!MayChange(actor, f))
        {
            return FollowUpChangeResult.Forbidden;
        }

        if (FollowUpVersion.Parse(version) is not { } seen)
        {
            return FollowUpChangeResult.VersionRequired(f);
        }

        if (seen != f.Version)
        {
            return FollowUpChangeResult.Stale(f);
        }

        var changed = await change(f);
        if (!changed.IsSuccess)
        {
            return FollowUpChangeResult.Invalid(f, changed.Error!);
        }

        if ((await followUps.UpdateAsync(f, ct)).IsSuccess)
        {
            return FollowUpChangeResult.Done(f);
        }

        var current = await followUps.GetAsync(actor.Municipality, id, ct);
        return current is not null && !MayChange(actor, current) ? FollowUpChangeResult.Forbidden : FollowUpChangeResult.Stale(current);
    }

    private async Task<Result> ReassignAsync(FollowUp f, UserRef? to, FollowUpActor actor, CancellationToken ct)
    {
        if (to is null)
        {
            return FollowUpErrors.OwnerUnknown;
        }

        var changed = f.Reassign(to, actor.User, time.GetUtcNow());
        if (changed.IsSuccess)
        {
            // Queued before the save; the dispatcher announces it only once the save has landed (see OutboxFollowUpNotifier).
            await notifier.AssignedAsync(f, actor.User, ct);
        }

        return changed;
    }

    private async Task<UserRef?> OfficerAsync(FollowUpActor actor, string? ownerId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(ownerId) ? null
            : (await officers.ListAsync(actor.Municipality, ct)).FirstOrDefault(o => o.UserId == ownerId);
}
