using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>Builds the "mina uppföljningar" card for the user of a turn.</summary>
public sealed class MyFollowUpsService(IFollowUpRepository followUps, ICompanyRepository companies, IOfficerDirectory officers, TimeProvider time)
{
    public async Task<AdaptiveCard> BuildAsync(TurnContext turn, string? status, CancellationToken cancellationToken)
    {
        var municipality = BotUser.Municipality(turn);
        var me = BotUser.Of(turn);
        await officers.RememberAsync(municipality, me, cancellationToken);
        var open = await followUps.ListByOwnerAsync(municipality, me.UserId, includeDone: false, cancellationToken);
        var shown = open.OrderBy(f => f.DueDate).ThenBy(f => f.Id).ToList();
        var names = new Dictionary<string, string>();
        foreach (var orgnr in shown.Take(MyFollowUpsCard.MaxShown).Select(f => f.Company).Distinct())
        {
            names[orgnr.Digits] = (await companies.GetAsync(municipality, orgnr, cancellationToken))?.Name ?? orgnr.ToString();
        }

        var colleagues = await officers.ListAsync(municipality, cancellationToken);
        return MyFollowUpsCard.Build(shown, names, colleagues, SwedishCalendar.Today(time), BotUser.English(turn), status);
    }
}
