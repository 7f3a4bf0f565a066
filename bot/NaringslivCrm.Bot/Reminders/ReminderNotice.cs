using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NaringslivCrm.Bot.Localization;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// The activity-feed notification for an outbox entry: its activity type and template parameters (manifest
/// activities), the Swedish preview line, the deep link to the follow-up in the tab, and a chain id that is stable per
/// reminder, so a re-send after a crash replaces the first notification instead of adding one.
/// </summary>
public static class ReminderNotice
{
    public static FeedNotice For(OutboxEntry e, string tenantId, ReminderOptions options)
    {
        var t = ReminderTexts.Swedish;
        var due = e.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (type, text, parameters) = e.Kind switch
        {
            ReminderKind.Assigned => ("followUpAssigned", t.FeedAssigned,
                new Dictionary<string, string> { ["assignedBy"] = e.Actor ?? t.SomeColleague, ["companyName"] = e.CompanyName }),
            ReminderKind.Overdue => ("followUpOverdue", t.FeedOverdue,
                new Dictionary<string, string> { ["companyName"] = e.CompanyName, ["dueDate"] = due }),
            _ => ("followUpDue", t.FeedDue,
                new Dictionary<string, string> { ["companyName"] = e.CompanyName, ["dueDate"] = due }),
        };
        var preview = string.Format(CultureInfo.InvariantCulture, text, e.Actor, e.Description, e.CompanyName, due);
        var link = FollowUpDeepLink.For(options.TeamsAppId ?? string.Empty, options.TabEntityId, e.FollowUpId);
        return new FeedNotice(tenantId, e.OwnerId, type, e.Description, link, preview, parameters, ChainId(e));
    }

    public static long ChainId(OutboxEntry e) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(e.Identity)), 0) & long.MaxValue;
}
