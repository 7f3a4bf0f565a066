using System.Globalization;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.FollowUps.Changes;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>
/// "Mina uppföljningar": open follow-ups, soonest due first (at most 10, to stay well under the card budget), each with
/// done (asks for the återkoppling note), postpone +1/+3/+7 working days and reassign.
/// </summary>
public static class MyFollowUpsCard
{
    public const int MaxShown = 10;
    public const string CloseVerb = "closeFollowUp";
    public const string PostponeVerb = "postponeFollowUp";
    public const string ReassignVerb = "reassignFollowUp";
    public const string RefreshVerb = "myFollowUps";
    public const string ReassignFormVerb = "reassignFollowUpForm";

    public static AdaptiveCard Build(IReadOnlyList<FollowUp> open, IReadOnlyDictionary<string, string> companyNames,
        IReadOnlyList<UserRef> colleagues, DateOnly today, bool en, string? status = null, int more = 0)
    {
        string L(string sv, string english) => en ? english : sv;
        var body = new List<CardElement>
        {
            new TextBlock(L("Mina uppföljningar", "My follow-ups")) { Size = "large", Weight = "bolder", Style = "heading" },
        };
        if (status is not null)
        {
            body.Add(new TextBlock(status) { Color = "good", Id = "status" });
        }

        if (open.Count == 0)
        {
            body.Add(new TextBlock(L("Du har inga öppna uppföljningar.", "You have no open follow-ups.")) { IsSubtle = true });
        }

        foreach (var f in open.Take(MaxShown))
        {
            body.Add(Item(f, companyNames.GetValueOrDefault(f.Company.Digits, f.Company.ToString()), colleagues, today, en));
        }

        more += Math.Max(0, open.Count - MaxShown);
        if (more > 0)
        {
            body.Add(new TextBlock(L($"… och fler ({more}+). Se fliken Mina uppföljningar.", $"… and more ({more}+). See the My follow-ups tab.")) { IsSubtle = true });
        }

        return new AdaptiveCard { FallbackText = L("Mina uppföljningar", "My follow-ups"), Body = body };
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
        var due = f.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = f.Id.ToString("N");
        var data = new Dictionary<string, object?> { ["id"] = id, ["etag"] = FollowUpVersion.Tag(f) };
        var others = colleagues.Where(c => c.UserId != f.Owner.UserId).ToList();
        var actions = new List<CardAction>
        {
            FollowUpCard.DoneAction(id, data, en),
            ContactFormCard.Execute(PostponeVerb, "+1", new Dictionary<string, object?>(data) { ["days"] = 1 }, "none"),
            ContactFormCard.Execute(PostponeVerb, "+3", new Dictionary<string, object?>(data) { ["days"] = 3 }, "none"),
            ContactFormCard.Execute(PostponeVerb, "+7", new Dictionary<string, object?>(data) { ["days"] = 7 }, "none"),
        };
        if (others.Count > 0)
        {
            actions.Add(ContactFormCard.Execute(ReassignFormVerb, L("Tilldela om", "Reassign"), data, "none"));
        }

        return new Container(
        [
            new TextBlock($"{(overdue ? "⚠ " + L("Försenad", "Overdue") + " · " : "")}{due} · {company}") { Weight = "bolder", Color = overdue ? "attention" : null, Separator = true },
            new TextBlock(f.Description),
            new ActionSet(actions),
        ]) { Id = "followup_" + id, Separator = true };
    }
}
