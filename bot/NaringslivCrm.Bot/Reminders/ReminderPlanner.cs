using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// Queues reminders for follow-ups due tomorrow, due today and overdue, read from the open-by-due index (FD|) up to
/// tomorrow — never by scanning all follow-ups. Queueing twice is harmless: the outbox keeps one per key.
/// </summary>
public sealed class ReminderPlanner(IFollowUpQueries followUps, IReminderOutbox outbox)
{
    public async Task<int> PlanAsync(MunicipalityCode municipality, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var queued = 0;
        string? token = null;
        do
        {
            var page = await followUps.PageOpenByDueAsync(municipality, today.AddDays(1), 500, token, cancellationToken);
            foreach (var f in page.Items)
            {
                var kind = f.DueDate > today ? ReminderKind.DueTomorrow : f.DueDate == today ? ReminderKind.DueToday : ReminderKind.Overdue;
                var entry = new OutboxEntry
                {
                    Municipality = municipality.Value,
                    Kind = kind,
                    FollowUpId = f.Id,
                    DueDate = f.DueDate,
                    OwnerId = f.OwnerId,
                    OwnerName = f.OwnerName,
                    CompanyName = f.CompanyName,
                    Description = f.Description,
                    NextAttemptAt = now,
                };
                if (await outbox.TryQueueAsync(entry, cancellationToken))
                {
                    queued++;
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
        return queued;
    }
}
