using System.Globalization;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>
/// The "logga besök" form: company (typeahead through application/search, and a text field for a name or org number
/// where typeahead is missing), kind, date, participants, notes,
/// confidentiality, needs, a signal and a follow-up. Saved with Action.Execute (Action.Submit fallback); shown again
/// with the officer's values and a specific message when something is wrong.
/// </summary>
public static class ContactFormCard
{
    public const string SaveVerb = "saveContact";
    public const string CancelVerb = "cancelContact";

    public static AdaptiveCard Build(ContactDraft d, NeedCategoryCatalog catalog, DateOnly today, bool en,
        IReadOnlyList<string>? errors = null, bool unknownCompany = false, bool pastDue = false, string? notice = null,
        IReadOnlyList<Choice>? knownCompanies = null, bool dialog = false, IReadOnlyList<string>? hints = null)
    {
        string L(string sv, string english) => en ? english : sv;
        var body = new List<CardElement>
        {
            new TextBlock(L("Logga kontakt", "Log a contact")) { Size = "large", Weight = "bolder", Style = "heading" },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = "accent", Id = "notice" });
        }

        if (hints is { Count: > 0 })
        {
            // What quick capture guessed or could not match: the officer checks these before saving.
            body.Add(new Container([.. hints.Select(h => new TextBlock(h) { Size = "small" })]) { Id = "hints" });
        }

        if (errors is { Count: > 0 })
        {
            body.Add(new Container([.. errors.Select(e => new TextBlock("⚠ " + e) { Color = "attention" })]) { Style = "attention", Id = "errors" });
        }

        // A company that is not a valid org number (a typo, a failed check digit) is not offered as a choice: it goes
        // into the text field, where it can be corrected. Typeahead (Data.Query) where the client has it; the text
        // field works everywhere (CompanyFieldResolver).
        var validCompany = d.Company is not null && Domain.Companies.OrgNumber.Parse(d.Company).IsSuccess;
        var companyText = d.CompanyText ?? (d.Company is not null && !validCompany ? d.Company : null);
        var choices = (validCompany ? new List<Choice> { new(d.CompanyName ?? d.Company!, d.Company!) } : [])
            .Concat((knownCompanies ?? []).Where(c => c.Value != d.Company)).Take(15).ToList();
        if (choices.Count > 0)
        {
            body.Add(new InputChoiceSet
            {
                Id = "company",
                Label = L("Företag", "Company"),
                Style = "filtered",
                Value = validCompany && d.CompanyText is null ? d.Company : null,
                Placeholder = L("Välj i listan", "Choose from the list"),
                Choices = choices,
                ChoicesData = new DataQuery("companies") { Count = 15 },
            });
        }

        body.Add(new InputText
        {
            Id = "companyText",
            Label = choices.Count > 0
                ? L("… eller skriv företagets namn eller organisationsnummer", "… or type the company's name or org number")
                : L("Företagets namn eller organisationsnummer", "The company's name or org number"),
            Placeholder = L("t.ex. Vikbo Kemi eller 556036-0793", "e.g. Vikbo Kemi or 556036-0793"),
            Value = companyText,
            MaxLength = 200,
        });
        if (unknownCompany)
        {
            body.Add(new InputText
            {
                Id = "newCompanyName",
                Label = L("Företaget finns inte i registret – ange namnet så läggs det till", "The company is not registered – enter its name to add it"),
                Value = d.NewCompanyName,
                MaxLength = 200,
            });
        }

        body.Add(new ColumnSet(
        [
            new Column([KindInput(d, en)]) { Width = "stretch" },
            new Column([new InputDate { Id = "date", Label = L("Datum", "Date"), Value = Iso(d.Date ?? today), IsRequired = true, ErrorMessage = L("Ange datum", "Enter the date") }]) { Width = "stretch" },
        ]));
        body.Add(new InputText { Id = "participants", Label = L("Deltagare", "Participants"), Value = d.Participants, MaxLength = 500 });
        body.Add(new InputText
        {
            Id = "notes",
            Label = L("Anteckningar", "Notes"),
            Value = d.Notes,
            IsMultiline = true,
            MaxLength = Interaction.MaxNotesLength,
            Placeholder = L("Vad sa företaget?", "What did the firm say?"),
        });
        body.Add(new InputToggle(L("Sekretess: uppgifter om företagets affärsförhållanden (OSL)", "Confidential: the firm's business affairs (OSL)"))
        {
            Id = "confidential",
            Value = d.Confidential ? "true" : "false",
            ValueOn = "true",
            ValueOff = "false",
        });

        body.Add(new TextBlock(L("Behov", "Needs")) { Weight = "bolder", Separator = true });
        body.Add(new InputChoiceSet
        {
            Id = "needCategories",
            Label = L("Kategorier", "Categories"),
            IsMultiSelect = true,
            Value = d.NeedCategories.Count == 0 ? null : string.Join(',', d.NeedCategories),
            Choices = [.. catalog.All.Select(c => new Choice(en ? c.English : c.Swedish, c.Id))],
        });
        body.Add(new InputText { Id = "needText", Label = L("Beskrivning av behovet", "Describe the need"), Value = d.NeedText, MaxLength = 2000 });

        body.Add(new TextBlock(L("Signaler", "Signals")) { Weight = "bolder", Separator = true });
        if (d.DetectedSignals.Count > 0)
        {
            body.Add(new Container([.. d.DetectedSignals.Select(s => CardText.Signal(s.Type, Describe(s), en))]) { Id = "detected" });
        }

        body.Add(new ColumnSet(
        [
            new Column([SignalTypeInput(d, en)]) { Width = "2" },
            new Column([new InputNumber { Id = "signalAmount", Label = L("Mängd", "Amount"), Value = (double?)d.SignalAmount, Min = 0 }]) { Width = "1" },
            new Column([UnitInput(d, en)]) { Width = "1" },
        ]));
        body.Add(new InputText { Id = "signalTimeFrame", Label = L("Tidsram (t.ex. 2027, till hösten)", "Time frame (e.g. 2027)"), Value = d.SignalTimeFrame, MaxLength = 100 });

        body.Add(new TextBlock(L("Uppföljning", "Follow-up")) { Weight = "bolder", Separator = true });
        body.Add(new InputText { Id = "followUpText", Label = L("Vad ska vi göra? (ansvarig: du)", "What do we owe the firm? (owner: you)"), Value = d.FollowUpText, MaxLength = 2000 });
        body.Add(new InputDate { Id = "followUpDue", Label = L("Förfallodatum (arbetsdag)", "Due date (working day)"), Value = d.FollowUpDue is { } due ? Iso(due) : null });
        if (pastDue)
        {
            body.Add(new InputToggle(L("Ja, förfallodatumet har redan passerat", "Yes, the due date is in the past"))
            {
                Id = "confirmPastDue",
                Value = "false",
                ValueOn = "true",
                ValueOff = "false",
            });
        }

        var data = new Dictionary<string, object?>
        {
            ["draftId"] = d.DraftId.ToString(),
            ["companyName"] = d.CompanyName,
            ["detectedSignals"] = d.DetectedSignals,
        };
        return new AdaptiveCard
        {

            FallbackText = L("Formulär för att logga en kontakt", "Form to log a contact"),
            Body = body,
            // Dialogs (task modules) take Action.Submit only; chat cards use Action.Execute with a Submit fallback.
            Actions = dialog
                ? [new SubmitAction { Title = L("Spara", "Save"), Data = new Dictionary<string, object?>(data) { ["verb"] = SaveVerb } }]
                :
                [
                    Execute(SaveVerb, L("Spara", "Save"), data),
                    Execute(CancelVerb, L("Avbryt", "Cancel"), new Dictionary<string, object?> { ["draftId"] = d.DraftId.ToString() }, associatedInputs: "none"),
                ],
        };
    }

    /// <summary>Action.Execute with an Action.Submit fallback carrying the same verb and data.</summary>
    public static ExecuteAction Execute(string verb, string title, IDictionary<string, object?> data, string? associatedInputs = null)
    {
        var submitData = new Dictionary<string, object?>(data) { ["verb"] = verb };
        return new ExecuteAction(verb)
        {
            Title = title,
            Data = data,
            AssociatedInputs = associatedInputs,
            Fallback = new SubmitAction { Title = title, Data = submitData, AssociatedInputs = associatedInputs },
        };
    }

    private static InputChoiceSet KindInput(ContactDraft d, bool en) => new()
    {
        Id = "kind",
        Label = en ? "Type" : "Typ",
        Style = "compact",
        Value = d.Kind.ToString(),
        Choices = [.. Enum.GetValues<InteractionKind>().Select(k => new Choice(Labels.Kind(k, en), k.ToString()))],
    };

    private static InputChoiceSet SignalTypeInput(ContactDraft d, bool en) => new()
    {
        Id = "signalType",
        Label = en ? "Add a signal" : "Lägg till signal",
        Style = "compact",
        Value = d.SignalType,
        Placeholder = en ? "None" : "Ingen",
        Choices = [.. Enum.GetValues<SignalType>().Select(t => new Choice(Labels.Signal(t, en), t.ToString()))],
    };

    private static InputChoiceSet UnitInput(ContactDraft d, bool en) => new()
    {
        Id = "signalUnit",
        Label = en ? "Unit" : "Enhet",
        Style = "compact",
        Value = d.SignalUnit ?? QuantityUnit.Jobs.ToString(),
        Choices = [.. Enum.GetValues<QuantityUnit>().Select(u => new Choice(Labels.Unit(u), u.ToString()))],
    };

    private static string Describe(ContactDraft.DetectedSignal s)
    {
        var parts = s.Quantities.Select(q => q.Amount.ToString("#,0.##", CultureInfo.GetCultureInfo("sv-SE")) + " " + Labels.Unit(q.Unit)).ToList();
        if (s.TimeFrame is not null)
        {
            parts.Add(s.TimeFrame);
        }

        return parts.Count == 0 ? "–" : string.Join(", ", parts);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
