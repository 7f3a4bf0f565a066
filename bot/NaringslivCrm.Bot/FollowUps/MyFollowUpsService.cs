using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>
/// Builds the "mina uppföljningar" card for the user of a turn: one range query over the owner's open index rows
/// (soonest due first), then point reads of the few shown (their versions guard the card's actions).
/// </summary>
public sealed class MyFollowUpsService(IFollowUpRepository followUps, IFollowUpQueries queries, IOfficerDirectory officers, TimeProvider time)
{
    public async Task<AdaptiveCard> BuildAsync(TurnContext turn, string? status, CancellationToken cancellationToken)
    {
        var municipality = BotUser.Municipality(turn);
        var me = BotUser.Of(turn);
        await officers.RememberAsync(municipality, me, cancellationToken);
        var page = await queries.PageByOwnerAsync(municipality, me.UserId, done: false, 100, null, cancellationToken);
        var shownIds = page.Items.Take(MyFollowUpsCard.MaxShown).Select(s => s.Id).ToList();
        var loaded = await Task.WhenAll(shownIds.Select(id => followUps.GetAsync(municipality, id, cancellationToken)));
        var shown = loaded.OfType<FollowUp>().Where(f => f.Status != FollowUpStatus.Done).ToList();
        var names = page.Items.GroupBy(s => s.CompanyOrgNr).ToDictionary(g => g.Key, g => g.First().CompanyName);
        var hidden = Math.Max(0, page.Items.Count - shown.Count) + (page.ContinuationToken is null ? 0 : 1);
        var colleagues = await officers.ListAsync(municipality, cancellationToken);
        return MyFollowUpsCard.Build(shown, names, colleagues, SwedishCalendar.Today(time), BotUser.English(turn), status, hidden);
    }
}
