using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>
/// Builds the "mina uppföljningar" card for the user of a turn: one range query over the owner's open index rows
/// (soonest due first), then point reads of the few shown (their versions guard the card's actions).
/// </summary>
public sealed class MyFollowUpsService(
    IFollowUpRepository followUps, IFollowUpQueries queries, IOfficerDirectory officers, IOptions<ReminderOptions> reminders, TimeProvider time)
{
    private const int MaxCounted = 5000;
    private static readonly TimeSpan RecentFor = TimeSpan.FromDays(1);

    public async Task<AdaptiveCard> BuildAsync(TurnContext turn, string? status, CancellationToken cancellationToken)
    {
        var municipality = BotUser.Municipality(turn);
        var me = BotUser.Of(turn);
        await officers.RememberAsync(municipality, me, cancellationToken);

        // Every open index row of the owner (small rows, soonest due first): the total, and what was created lately.
        var all = new List<FollowUpSummary>();
        string? token = null;
        do
        {
            var page = await queries.PageByOwnerAsync(municipality, me.UserId, done: false, 500, token, cancellationToken);
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null && all.Count < MaxCounted);

        var since = time.GetUtcNow() - RecentFor;
        var recentIds = all.Skip(MyFollowUpsCard.MaxShown).Where(s => s.CreatedAt >= since).OrderByDescending(s => s.CreatedAt).Take(3).Select(s => s.Id).ToList();
        var shownIds = all.Take(MyFollowUpsCard.MaxShown).Select(s => s.Id).Concat(recentIds).ToList();
        var loaded = await Task.WhenAll(shownIds.Select(id => followUps.GetAsync(municipality, id, cancellationToken)));
        var open = loaded.OfType<FollowUp>().Where(f => f.Status != FollowUpStatus.Done).ToList();
        var recent = open.Where(f => recentIds.Contains(f.Id)).ToList();
        var names = all.GroupBy(s => s.CompanyOrgNr).ToDictionary(g => g.Key, g => g.First().CompanyName);
        var colleagues = await officers.ListAsync(municipality, cancellationToken);
        return MyFollowUpsCard.Build(open, names, colleagues, SwedishCalendar.Today(time), BotUser.English(turn), status,
            total: all.Count - (shownIds.Count - open.Count), recent: recent, tabLink: TabLink());
    }

    /// <summary>The Teams deep link to the personal tab "Mina uppföljningar"; none without the app id (local runs).</summary>
    private string? TabLink() => reminders.Value.TeamsAppId is { Length: > 0 } app
        ? $"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(app)}/{Uri.EscapeDataString(reminders.Value.TabEntityId)}"
        : null;
}
