using System.Globalization;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>
/// What one follow-up contributes to the counter rows: while open, one to its company's open count (S|) and one to the
/// open follow-ups created that day (SO|); once done, one entry in its owner's service-level histogram for the month of
/// the återkoppling (SL|). A change counts the new state in and the stored state out.
/// </summary>
internal static class FollowUpCounters
{
    public const string OpenFollowUps = "OpenFollowUps";
    public const string Open = "Open";
    public const string Closed = "Closed";
    public const string Histogram = "Tenths";

    /// <summary>A follow-up change moves counters only when it opens or closes it (not a postponement or reassignment of an open one).</summary>
    public static CounterBatch Change(this CounterBatch batch, FollowUp before, FollowUp after) =>
        Contribution(before) == Contribution(after) ? batch : batch.Count(before, -1).Count(after, +1).Roll(before, -1).Roll(after, +1);

    private static string Contribution(FollowUp f) => f.Status != FollowUpStatus.Done
        ? $"open|{f.Company.Digits}|{SwedishCalendar.DateOf(f.CreatedAt):O}"
        : $"done|{SwedishCalendar.DateOf(f.ClosedAt ?? f.CreatedAt):O}|{f.Owner.UserId}|{DaysHistogram.TenthsOf((f.ClosedAt ?? f.CreatedAt) - f.CreatedAt)}";

    public static CounterBatch Count(this CounterBatch batch, FollowUp followUp, int sign)
    {
        if (followUp.Status != FollowUpStatus.Done)
        {
            var created = SwedishCalendar.DateOf(followUp.CreatedAt);
            batch.Add(CrmKeys.CompanyStats(followUp.Company), OpenFollowUps, sign)
                .Change(CrmKeys.CompanyStats(followUp.Company), e => e["Company"] = followUp.Company.Digits);
            batch.Add(CrmKeys.OpenFollowUpsCreated(created), Open, sign)
                .Change(CrmKeys.OpenFollowUpsCreated(created), e => e["Created"] = created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .DeleteWhenZero(CrmKeys.OpenFollowUpsCreated(created), Open);
            return batch;
        }

        var closedAt = followUp.ClosedAt ?? followUp.CreatedAt;
        var month = SwedishCalendar.DateOf(closedAt);
        var key = CrmKeys.ClosedInMonth(month, followUp.Owner.UserId);
        var tenths = DaysHistogram.TenthsOf(closedAt - followUp.CreatedAt);
        return batch.Add(key, Closed, sign).AddToHistogram(key, Histogram, tenths, sign).Change(key, e =>
        {
            e["Month"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            e["OwnerId"] = followUp.Owner.UserId;
            e["OwnerName"] = followUp.Owner.DisplayName;
        });
    }
}
