using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// Queues reminders in the outbox at the moment something happens to a follow-up (the dispatcher sends them in office
/// hours). Called with the changed follow-up before it is saved: the entry is keyed by the version the change creates,
/// and the dispatcher announces it only once the follow-up has that version with that change, so a crash between the
/// two writes loses nothing and a failed save announces nothing.
/// </summary>
public sealed class OutboxFollowUpNotifier(IReminderOutbox outbox, ICompanyRepository companies, TimeProvider time) : IFollowUpNotifier
{
    public async Task AssignedAsync(FollowUp followUp, UserRef by, CancellationToken cancellationToken = default)
    {
        var entry = await EntryAsync(followUp, ReminderKind.Assigned, cancellationToken) with { Actor = by.DisplayName, ActorId = by.UserId, Version = followUp.Version };
        await outbox.TryQueueAsync(entry, cancellationToken);
    }

    private async Task<OutboxEntry> EntryAsync(FollowUp f, ReminderKind kind, CancellationToken cancellationToken) => new()
    {
        Municipality = f.Municipality.Value,
        Kind = kind,
        FollowUpId = f.Id,
        DueDate = f.DueDate,
        OwnerId = f.Owner.UserId,
        OwnerName = f.Owner.DisplayName,
        CompanyName = (await companies.GetAsync(f.Municipality, f.Company, cancellationToken))?.Name ?? f.Company.ToString(),
        Description = f.Description,
        NextAttemptAt = time.GetUtcNow(),
    };
}
