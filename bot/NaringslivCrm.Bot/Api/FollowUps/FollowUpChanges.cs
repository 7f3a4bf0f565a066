using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.Api.FollowUps;

/// <summary>
/// Close, postpone and reassign from the tab, guarded by the version the user saw (If-Match): a stale version answers
/// 412 with the current follow-up so the tab can show what changed; nothing is overwritten. A reassignment queues an
/// "assigned" reminder for the new owner.
/// </summary>
public sealed class FollowUpChanges(IFollowUpRepository followUps, IOfficerDirectory officers, IFollowUpNotifier notifier, SwedishCalendar calendar, TimeProvider time)
{
    public enum Outcome { Changed, NotFound, Stale, Invalid }

    public sealed record Result(Outcome Outcome, FollowUp? FollowUp, ValidationError? Error = null);

    public async Task<Result> ApplyAsync(TabUser user, Guid id, string? ifMatch, Func<FollowUp, Task<Domain.Common.Result>> change, CancellationToken ct)
    {
        var followUp = await followUps.GetAsync(user.Code, id, ct);
        if (followUp is null || (!user.IsManager && followUp.Owner.UserId != user.UserId))
        {
            return new Result(Outcome.NotFound, null);
        }

        if (ifMatch is not null && ifMatch != FollowUpDto.ETagOf(followUp.Version))
        {
            return new Result(Outcome.Stale, followUp);
        }

        var changed = await change(followUp);
        if (!changed.IsSuccess)
        {
            return new Result(Outcome.Invalid, followUp, changed.Error);
        }

        var saved = await followUps.UpdateAsync(followUp, ct);
        return saved.IsSuccess
            ? new Result(Outcome.Changed, followUp)
            : new Result(Outcome.Stale, await followUps.GetAsync(user.Code, id, ct));
    }

    public Func<FollowUp, Task<Domain.Common.Result>> Close(TabUser user, string? note) =>
        f => Task.FromResult(f.Close(user.Ref, note, time.GetUtcNow()));

    public Func<FollowUp, Task<Domain.Common.Result>> Postpone(TabUser user, int days) =>
        f => Task.FromResult(days is 1 or 3 or 7 ? f.Postpone(days, calendar, user.Ref, time.GetUtcNow()) : FollowUpErrors.NotForward);

    public Func<FollowUp, Task<Domain.Common.Result>> Reassign(TabUser user, string? ownerId, CancellationToken ct) => async f =>
    {
        var to = (await officers.ListAsync(user.Code, ct)).FirstOrDefault(o => o.UserId == ownerId);
        if (to is null)
        {
            return new ValidationError("follow-up.owner-unknown", "Den nya ansvariga finns inte bland kommunens handläggare.", "The new owner is not one of the municipality's officers.");
        }

        var changed = f.Reassign(to, user.Ref, time.GetUtcNow());
        if (changed.IsSuccess)
        {
            // Queued before the save; the dispatcher announces it only once the save has landed (see OutboxFollowUpNotifier).
            await notifier.AssignedAsync(f, user.Ref, ct);
        }

        return changed;
    };
}
