using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
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
public sealed class SaveFollowUpAction(IFollowUpRepository followUps, SwedishCalendar calendar, TimeProvider time) : ICardActionHandler
{
    public string Verb => AddFollowUpAction.SaveVerb;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var me = BotUser.Of(turn);
        var today = SwedishCalendar.Today(time);
        var due = request.Date("followUpDue") ?? calendar.AddWorkingDays(today, 5);
        var orgnr = OrgNumber.Parse(request.Text("company"));
        if (!orgnr.IsSuccess)
        {
            return CardActionResult.Say(en ? orgnr.Error.English : orgnr.Error.Swedish);
        }

        var text = request.Text("followUpText");
        var created = due < today
            ? null
            : FollowUp.Create(request.Guid("followUpId") ?? Guid.NewGuid(), BotUser.Municipality(turn), orgnr.Value, request.Guid("interactionId"),
                text, me, due, me, time.GetUtcNow(), calendar);
        if (created is null || !created.IsSuccess)
        {
            var error = created is null
                ? (en ? "The due date has already passed." : "Förfallodatumet har redan passerat.")
                : (en ? created.Error!.English : created.Error!.Swedish);
            return CardActionResult.Replace(AddFollowUpAction.Form(orgnr.Value.Digits, request.Text("interactionId"), due, en, text, error));
        }

        var saved = await followUps.AddAsync(created.Value, cancellationToken);
        var f = created.Value;
        var status = saved.IsSuccess || saved.Error == Domain.Common.Errors.ConcurrencyConflict
            ? (en ? $"Follow-up saved: {f.Description} – {f.Owner.DisplayName}, {f.DueDate:yyyy-MM-dd}" : $"Uppföljningen är sparad: {f.Description} – {f.Owner.DisplayName}, {f.DueDate:yyyy-MM-dd}")
            : (en ? saved.Error!.English : saved.Error!.Swedish);
        return CardActionResult.Replace(new AdaptiveCard { Body = [new TextBlock(status) { Weight = "bolder", Color = "good" }] });
    }
}
