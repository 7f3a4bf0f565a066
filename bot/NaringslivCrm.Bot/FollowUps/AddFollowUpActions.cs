using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.FollowUps.Changes;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>"Lägg till uppföljning" on a saved contact: a small form (what, due date; owner is you).</summary>
public sealed class AddFollowUpAction(SwedishCalendar calendar, TimeProvider time) : ICardActionHandler
{
    public const string SaveVerb = "saveFollowUp";

    public string Verb => ContactSummaryCard.AddFollowUpVerb;

    public Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.Replace(Form(request.Text("company"), request.Text("interactionId"),
            calendar.AddWorkingDays(SwedishCalendar.Today(time), 5), BotUser.English(turn), null, null)));

    public static AdaptiveCard Form(string? company, string? interactionId, DateOnly due, bool en, string? text, string? error)
    {
        string L(string sv, string english) => en ? english : sv;
        var body = new List<CardElement> { new TextBlock(L("Ny uppföljning", "New follow-up")) { Size = "large", Weight = "bolder", Style = "heading" } };
        if (error is not null)
        {
            body.Add(new TextBlock("⚠ " + error) { Color = "attention", Id = "errors" });
        }

        body.Add(new InputText { Id = "followUpText", Label = L("Vad ska vi göra?", "What do we owe the firm?"), Value = text, IsRequired = true, MaxLength = 2000, ErrorMessage = L("Beskriv uppföljningen", "Describe the follow-up") });
        body.Add(new InputDate { Id = "followUpDue", Label = L("Förfallodatum (arbetsdag)", "Due date (working day)"), Value = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), IsRequired = true, ErrorMessage = L("Ange förfallodatum", "Enter the due date") });
        var data = new Dictionary<string, object?> { ["company"] = company, ["interactionId"] = interactionId, ["followUpId"] = Guid.NewGuid().ToString() };
        return new AdaptiveCard
        {

            Body = body,
            Actions = [ContactFormCard.Execute(SaveVerb, L("Spara uppföljning", "Save follow-up"), data)],
        };
    }
}

/// <summary>Saves the small follow-up form; the form's id makes a repeated press harmless.</summary>
public sealed class SaveFollowUpAction(FollowUpChangeService changes, SwedishCalendar calendar, TimeProvider time) : ICardActionHandler
{
    public string Verb => AddFollowUpAction.SaveVerb;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var due = request.Date("followUpDue") ?? calendar.AddWorkingDays(SwedishCalendar.Today(time), 5);
        var orgnr = OrgNumber.Parse(request.Text("company"));
        if (!orgnr.IsSuccess)
        {
            return CardActionResult.Say(en ? orgnr.Error.English : orgnr.Error.Swedish);
        }

        var text = request.Text("followUpText");
        var draft = new NewFollowUp(request.Guid("followUpId") ?? Guid.NewGuid(), orgnr.Value, request.Guid("interactionId"), text, due);
        var result = await changes.AddAsync(ChatActor.Of(turn), draft, cancellationToken);
        if (result.Outcome == FollowUpChangeOutcome.Invalid)
        {
            return CardActionResult.Replace(AddFollowUpAction.Form(orgnr.Value.Digits, request.Text("interactionId"), due, en, text, ChatActor.Text(result.Error!, en)));
        }

        if (!result.Changed)
        {
            return CardActionResult.Replace(new AdaptiveCard { Body = [new TextBlock("⚠ " + ChatActor.Text(result.Error!, en)) { Color = "attention", Wrap = true }] });
        }

        var f = result.FollowUp!;
        var status = en
            ? $"Follow-up saved: {f.Description} – {f.Owner.DisplayName}, {f.DueDate:yyyy-MM-dd}"
            : $"Uppföljningen är sparad: {f.Description} – {f.Owner.DisplayName}, {f.DueDate:yyyy-MM-dd}";
        return CardActionResult.Replace(new AdaptiveCard { Body = [new TextBlock(status) { Weight = "bolder", Color = "good", Wrap = true }] });
    }
}
