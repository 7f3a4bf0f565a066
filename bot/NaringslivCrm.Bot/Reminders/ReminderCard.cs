using System.Globalization;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.FollowUps;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>The proactive follow-up card: what is owed to which firm, with done / postpone / reassign.</summary>
public static class ReminderCard
{
    public static AdaptiveCard Build(OutboxEntry e, string? etag)
    {
        var id = e.FollowUpId.ToString("N");
        var data = new Dictionary<string, object?> { ["id"] = id, ["etag"] = etag };
        var heading = e.Kind switch
        {
            ReminderKind.DueTomorrow => "Förfaller i morgon",
            ReminderKind.DueToday => "Förfaller i dag",
            ReminderKind.Overdue => "⚠ Försenad uppföljning",
            _ => $"Du har fått en uppföljning{(e.Actor is null ? "" : " av " + e.Actor)}",
        };
        var noteCard = new AdaptiveCard
        {
            Body = [new InputText { Id = "note_" + id, Label = "Återkoppling till företaget", IsMultiline = true, IsRequired = true, MaxLength = 2000, ErrorMessage = "Skriv vad företaget fick för svar" }],
            Actions = [ContactFormCard.Execute(MyFollowUpsCard.CloseVerb, "Klarmarkera", data)],
        };
        return new AdaptiveCard
        {
            FallbackText = $"{heading}: {e.Description} ({e.CompanyName})",
            Body =
            [
                new TextBlock(heading) { Size = "large", Weight = "bolder", Style = "heading", Color = e.Kind == ReminderKind.Overdue ? "attention" : null },
                new FactSet([new Fact("Företag", e.CompanyName), new Fact("Uppföljning", e.Description), new Fact("Förfallodatum", e.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]),
            ],
            Actions =
            [
                new ShowCardAction(noteCard) { Title = "Klar" },
                ContactFormCard.Execute(MyFollowUpsCard.PostponeVerb, "+1 dag", new Dictionary<string, object?>(data) { ["days"] = 1 }, "none"),
                ContactFormCard.Execute(MyFollowUpsCard.PostponeVerb, "+3 dagar", new Dictionary<string, object?>(data) { ["days"] = 3 }, "none"),
                ContactFormCard.Execute(MyFollowUpsCard.PostponeVerb, "+7 dagar", new Dictionary<string, object?>(data) { ["days"] = 7 }, "none"),
                ContactFormCard.Execute(MyFollowUpsCard.ReassignFormVerb, "Tilldela om", data, "none"),
            ],
        };
    }
}
