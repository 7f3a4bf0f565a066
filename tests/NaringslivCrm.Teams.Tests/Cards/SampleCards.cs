using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Teams.Tests.Cards;

/// <summary>A card that uses every element and action the model has.</summary>
public static class SampleCards
{
    public static AdaptiveCard Everything() => new()
    {
        Lang = "sv",
        Refresh = new Refresh(new ExecuteAction("refresh"), ["29:a"]),
        Body =
        [
            new TextBlock("Rubrik") { Size = "large", Weight = "bolder", Style = "heading" },
            new RichTextBlock([new TextRun("fet") { Weight = "bolder" }, new TextRun(" vanlig")]),
            new FactSet([new Fact("Företag", "Ovako")]),
            new Container([new TextBlock("i behållare")]) { Style = "emphasis" },
            new ColumnSet([new Column([new TextBlock("vänster")]) { Width = "auto" }, new Column([new TextBlock("höger")]) { Width = "stretch" }]),
            new Image("https://example.org/logo.png") { AltText = "Logotyp" },
            new InputText { Id = "notes", Label = "Anteckningar", IsMultiline = true, MaxLength = 30000 },
            new InputNumber { Id = "jobs", Label = "Antal jobb", Min = 0 },
            new InputDate { Id = "date", Label = "Datum", Value = "2026-11-23" },
            new InputTime { Id = "time", Label = "Tid", Value = "09:30" },
            new InputToggle("Konfidentiell") { Id = "confidential", Value = "false" },
            new InputChoiceSet
            {
                Id = "company",
                Label = "Företag",
                Style = "filtered",
                Choices = [new Choice("Ovako", "5560360793")],
                ChoicesData = new DataQuery("companies"),
            },
            new ActionSet([new OpenUrlAction("https://teams.microsoft.com/l/entity/x") { Title = "Öppna" }]),
        ],
        Actions =
        [
            new ExecuteAction("save") { Title = "Spara", Data = new { id = 1 }, Fallback = new SubmitAction { Title = "Spara", Data = new { verb = "save" } } },
            new ShowCardAction(new AdaptiveCard { Body = [new TextBlock("mer")] }) { Title = "Mer" },
        ],
    };
}
