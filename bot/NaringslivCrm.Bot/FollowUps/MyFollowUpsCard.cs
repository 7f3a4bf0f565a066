using System.Globalization;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.FollowUps.Changes;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>
/// "Mina uppföljningar": how many open follow-ups there are, then what was just created and the soonest due (at most 8
/// in all, to stay under the card budget; all of them are in the tab), each with
/// done (asks for the återkoppling note), postpone ("Skjut upp 1/3/7 arbetsdagar") and reassign.
/// </summary>
public static class MyFollowUpsCard
{
    public const int MaxShown = 8;
    public const string CloseVerb = "closeFollowUp";
    public const string PostponeVerb = "postponeFollowUp";
    public const string ReassignVerb = "reassignFollowUp";
    public const string RefreshVerb = "myFollowUps";
    public const string ReassignFormVerb = "reassignFollowUpForm";

    /// <param name="total">All the officer's open follow-ups (the card shows at most <see cref="MaxShown"/>).</param>
    /// <param name="recent">Follow-ups the officer created in the last day that are not among the soonest due: shown first,
    /// so what was just saved is always there.</param>
    /// <param name="tabLink">Deep link to the tab "Mina uppföljningar" (when the Teams app id is configured).</param>
    public static AdaptiveCard Build(IReadOnlyList<FollowUp> open, IReadOnlyDictionary<string, string> companyNames,
        IReadOnlyList<UserRef> colleagues, DateOnly today, bool en, string? status = null, int total = 0,
        IReadOnlyList<FollowUp>? recent = null, string? tabLink = null)
    {
        string L(string sv, string english) => en ? english : sv;
        recent ??= [];
        var soonest = open.Where(f => recent.All(r => r.Id != f.Id)).Take(Math.Max(0, MaxShown - recent.Count)).ToList();
        total = Math.Max(total, open.Count);
        var body = new List<CardElement>
        {
            new TextBlock(L("Mina uppföljningar", "My follow-ups")) { Size = "large", Weight = "bolder", Style = "heading" },
        };
        if (status is not null)
        {
            body.Add(new TextBlock(status) { Color = "good", Id = "status" });
        }

        if (total == 0)
        {
            body.Add(new TextBlock(L("Du har inga öppna uppföljningar.", "You have no open follow-ups.")) { IsSubtle = true });
        }
        else
        {
            var shown = soonest.Count + recent.Count;
            body.Add(new TextBlock(Counted(total, shown, recent.Count, en)) { Id = "total" });
        }

        if (recent.Count > 0)
        {
            body.Add(new TextBlock(L("Nyss skapade", "Just created")) { Weight = "bolder", Separator = true });
            body.AddRange(recent.Select(f => Item(f, companyNames.GetValueOrDefault(f.Company.Digits, f.Company.ToString()), colleagues, today, en)));
            if (soonest.Count > 0)
            {
                body.Add(new TextBlock(L("Förfaller först", "Due first")) { Weight = "bolder", Separator = true });
            }
        }

        body.AddRange(soonest.Select(f => Item(f, companyNames.GetValueOrDefault(f.Company.Digits, f.Company.ToString()), colleagues, today, en)));
        return new AdaptiveCard
        {
            FallbackText = L("Mina uppföljningar", "My follow-ups"),
            Body = body,
            Actions = tabLink is null ? null : [new OpenUrlAction(tabLink) { Title = L("Öppna fliken Mina uppföljningar", "Open the My follow-ups tab") }],
        };
    }

    /// <summary>"Du har 12 öppna uppföljningar. Här visas 10: 1 nyss skapad och de som förfaller först. Alla finns i fliken Mina uppföljningar."</summary>
    public static string Counted(int total, int shown, int recent, bool en)
    {
        var all = en
            ? $"You have {total} open follow-up{(total == 1 ? "" : "s")}."
            : $"Du har {total} {(total == 1 ? "öppen uppföljning" : "öppna uppföljningar")}.";
        if (shown >= total)
        {
            return all;
        }

        var which = recent == 0
            ? (en ? $" Shown here: the {shown} due first." : $" Här visas de {shown} som förfaller först.")
            : (en ? $" Shown here: {recent} just created and the {shown - recent} due first." : $" Här visas {recent} nyss {(recent == 1 ? "skapad" : "skapade")} och de {shown - recent} som förfaller först.");
        return all + which + (en ? " All of them are in the My follow-ups tab." : " Alla finns i fliken Mina uppföljningar.");
    }

    /// <summary>The colleague picker for one follow-up (a separate card, so the list is not repeated per item).</summary>
    /// <param name="single">Pressed on the single follow-up card: the answer and "Tillbaka" go back to that card.</param>
    public static AdaptiveCard ReassignForm(FollowUp f, IReadOnlyList<UserRef> colleagues, bool en, bool single = false)
    {
        string L(string sv, string english) => en ? english : sv;
        var id = f.Id.ToString("N");
        var data = new Dictionary<string, object?> { ["id"] = id, ["etag"] = FollowUpVersion.Tag(f) };
        if (single)
        {
            data[FollowUpCard.ViewKey] = FollowUpCard.ViewCard;
        }

        var others = colleagues.Where(c => c.UserId != f.Owner.UserId).ToList();
        return new AdaptiveCard
        {
            FallbackText = L("Tilldela om", "Reassign"),
            Body =
            [
                new TextBlock(L("Tilldela om uppföljning", "Reassign follow-up")) { Size = "large", Weight = "bolder", Style = "heading" },
                new TextBlock(f.Description),
                new InputChoiceSet
                {
                    Id = "owner_" + id,
                    Label = L("Ny ansvarig", "New owner"),
                    Style = "filtered",
                    IsRequired = true,
                    ErrorMessage = L("Välj en kollega", "Choose a colleague"),
                    Choices = [.. others.Select(o => new Choice(o.DisplayName, o.UserId))],
                },
            ],
            Actions =
            [
                ContactFormCard.Execute(ReassignVerb, L("Tilldela", "Reassign"), data),
                single
                    ? ContactFormCard.Execute(FollowUpCard.RefreshVerb, L("Tillbaka", "Back"), new Dictionary<string, object?>(data), "none")
                    : ContactFormCard.Execute(RefreshVerb, L("Tillbaka", "Back"), new Dictionary<string, object?>(), "none"),
            ],
        };
    }

    private static Container Item(FollowUp f, string company, IReadOnlyList<UserRef> colleagues, DateOnly today, bool en)
    {
        string L(string sv, string english) => en ? english : sv;
        var overdue = f.IsOverdueOn(today);
        var id = f.Id.ToString("N");
        var data = new Dictionary<string, object?> { ["id"] = id, ["etag"] = FollowUpVersion.Tag(f) };
        var others = colleagues.Where(c => c.UserId != f.Owner.UserId).ToList();
        var actions = new List<CardAction>
        {
            FollowUpCard.DoneAction(id, data, en),
            FollowUpCard.PostponeAction(data, en),
        };
        if (others.Count > 0)
        {
            actions.Add(ContactFormCard.Execute(ReassignFormVerb, L("Tilldela om", "Reassign"), data, "none"));
        }

        return new Container(
        [
            new TextBlock($"{(overdue ? "⚠ " + L("Försenad", "Overdue") + " · " : "")}{CardText.Date(f.DueDate)} · {company}") { Weight = "bolder", Color = overdue ? "attention" : null, Separator = true },
            new TextBlock(f.Description),
            new ActionSet(actions),
        ]) { Id = "followup_" + id, Separator = true };
    }
}
