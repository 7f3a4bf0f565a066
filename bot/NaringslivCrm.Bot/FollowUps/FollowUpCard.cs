using System.Globalization;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.FollowUps.Changes;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>
/// One follow-up as a card (the proactive reminder and its answers): what is owed to which firm, who did what and when,
/// and done / postpone / reassign while open. Its refresh (Action.Execute, userIds = owner and the person who assigned
/// it) keeps it current for both; every button carries view=card so the answer is this card again, not the list.
/// </summary>
public static class FollowUpCard
{
    public const string RefreshVerb = "followUpCard";
    public const string ViewKey = "view";
    public const string ViewCard = "card";
    private const int HistoryShown = 5;
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static AdaptiveCard Build(FollowUp f, string companyName, string heading, string? status, IReadOnlyList<string> refreshUserIds, bool en)
    {
        string L(string sv, string english) => en ? english : sv;
        var id = f.Id.ToString("N");
        var data = new Dictionary<string, object?> { ["id"] = id, ["etag"] = FollowUpVersion.Tag(f), [ViewKey] = ViewCard };
        var body = new List<CardElement>
        {
            new TextBlock(heading) { Size = "large", Weight = "bolder", Style = "heading", Wrap = true },
        };
        if (status is not null)
        {
            body.Add(new TextBlock(status) { Color = "good", Id = "status", Wrap = true });
        }

        body.Add(new FactSet(
        [
            new Fact(L("Företag", "Company"), companyName),
            new Fact(L("Uppföljning", "Follow-up"), f.Description),
            new Fact(L("Ansvarig", "Owner"), f.Owner.DisplayName),
            new Fact(L("Förfaller", "Due"), CardText.Date(f.DueDate)),
            new Fact("Status", StatusText(f.Status, en)),
        ]));
        body.Add(new TextBlock(L("Historik", "History")) { Weight = "bolder", Separator = true });
        body.AddRange(f.History.TakeLast(HistoryShown).Select(h => new TextBlock(HistoryLine(h, en)) { IsSubtle = true, Wrap = true, Spacing = "none" }));
        return new AdaptiveCard
        {
            FallbackText = $"{heading}: {f.Description} ({companyName})",
            Refresh = new Refresh(new ExecuteAction(RefreshVerb) { Data = new Dictionary<string, object?> { ["id"] = id, [ViewKey] = ViewCard } }, refreshUserIds),
            Body = body,
            Actions = f.Status == FollowUpStatus.Done ? null : Actions(id, data, en),
        };
    }

    /// <summary>"2026-11-24 10:05 Anna: Klar – note" (Stockholm time).</summary>
    public static string HistoryLine(FollowUpEvent h, bool en)
    {
        var at = TimeZoneInfo.ConvertTime(h.At, Stockholm).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var what = h.Action switch
        {
            FollowUpAction.Created => en ? "created" : "skapade",
            FollowUpAction.Started => en ? "started" : "påbörjade",
            FollowUpAction.Postponed => en ? "postponed to" : "sköt upp till",
            FollowUpAction.Reassigned => en ? "gave it to" : "tilldelade",
            _ => en ? "done" : "klar",
        };
        var detail = h.Detail is null ? "" : h.Action switch
        {
            FollowUpAction.Closed => " – " + h.Detail,
            FollowUpAction.Created => $" ({(en ? "owner" : "ansvarig")} {h.Detail})",
            _ => " " + h.Detail,
        };
        return CardText.KeepTogether($"{at} {h.By.DisplayName}: {what}{detail}");
    }

    /// <summary>"Klar": opens the återkoppling note (required) with the button that closes the follow-up.</summary>
    public static ShowCardAction DoneAction(string id, IDictionary<string, object?> data, bool en)
    {
        string L(string sv, string english) => en ? english : sv;
        var noteCard = new AdaptiveCard
        {
            Body = [new InputText { Id = "note_" + id, Label = L("Återkoppling till företaget", "Feedback to the firm"), IsMultiline = true, IsRequired = true, MaxLength = 2000, ErrorMessage = L("Skriv vad företaget fick för svar", "Write what the firm was told") }],
            Actions = [ContactFormCard.Execute(MyFollowUpsCard.CloseVerb, L("Klarmarkera", "Mark done"), data)],
        };
        return new ShowCardAction(noteCard) { Title = L("Klar", "Done") };
    }

    /// <summary>
    /// "Skjut upp": opens the three postpone buttons, each in words ("Skjut upp 3 arbetsdagar") and on its own row, so
    /// the label is not cut at Teams' narrow card width. The days are working days (weekends and public holidays skipped).
    /// </summary>
    public static ShowCardAction PostponeAction(IDictionary<string, object?> data, bool en)
    {
        var buttons = new[] { 1, 3, 7 }.Select(days => new ActionSet(
            [ContactFormCard.Execute(MyFollowUpsCard.PostponeVerb, PostponeLabel(days, en), new Dictionary<string, object?>(data) { ["days"] = days }, "none")]) { Spacing = "small" });
        return new ShowCardAction(new AdaptiveCard { Body = [.. buttons] }) { Title = en ? "Postpone" : "Skjut upp" };
    }

    /// <summary>"Skjut upp 1 arbetsdag", "Skjut upp 3 arbetsdagar" / "Postpone 1 working day".</summary>
    public static string PostponeLabel(int days, bool en) => en
        ? $"Postpone {days} working day{(days == 1 ? "" : "s")}"
        : $"Skjut upp {days} {(days == 1 ? "arbetsdag" : "arbetsdagar")}";

    private static List<CardAction> Actions(string id, Dictionary<string, object?> data, bool en)
    {
        string L(string sv, string english) => en ? english : sv;
        return
        [
            DoneAction(id, data, en),
            PostponeAction(data, en),
            ContactFormCard.Execute(MyFollowUpsCard.ReassignFormVerb, L("Tilldela om", "Reassign"), data, "none"),
        ];
    }

    private static string StatusText(FollowUpStatus s, bool en) => s switch
    {
        FollowUpStatus.Open => en ? "Open" : "Öppen",
        FollowUpStatus.InProgress => en ? "In progress" : "Pågår",
        _ => en ? "Done" : "Klar",
    };
}
