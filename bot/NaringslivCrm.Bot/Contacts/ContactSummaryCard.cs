using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>The saved contact: what was recorded (company, participants, needs with their description, signals by kind,
/// follow-ups), with actions to add a follow-up or open the company.</summary>
public static class ContactSummaryCard
{
    public const string AddFollowUpVerb = "addFollowUp";

    /// <param name="dueChosen">The due date the app chose because the officer gave none (said on the card).</param>
    public static AdaptiveCard Build(Interaction i, string companyName, IReadOnlyList<FollowUp> followUps, bool en, string? status = null, DateOnly? dueChosen = null)
    {
        string L(string sv, string english) => en ? english : sv;
        var facts = new List<Fact>
        {
            new(L("Företag", "Company"), $"{companyName} ({CardText.KeepTogether(i.Company.ToString())})"),
            new(L("Kontakt", "Contact"), $"{Labels.Kind(i.Kind, en)} {CardText.Date(i.Date)}"),
            new(L("Loggad av", "Logged by"), i.RecordedBy.DisplayName),
        };
        if (i.Participants.Count > 0)
        {
            facts.Add(new(L("Deltagare", "Participants"), string.Join(", ", i.Participants)));
        }

        if (i.Needs.Count > 0)
        {
            facts.Add(new(L("Behov", "Needs"), string.Join(", ", i.Needs.Select(n => en ? n.Category.English : n.Category.Swedish))));
            var described = i.Needs.Select(n => n.Description).Where(t => t.Length > 0).Distinct().ToList();
            if (described.Count > 0)
            {
                facts.Add(new(L("Beskrivning", "Described"), CardText.KeepTogether(string.Join(" · ", described))));
            }
        }

        var body = new List<CardElement>
        {
            new TextBlock(status ?? L("Kontakten är sparad", "The contact is saved")) { Size = "large", Weight = "bolder", Style = "heading", Color = "good" },
            new FactSet(facts),
        };
        body.AddRange(i.Signals.Select(s => CardText.Signal(s.Type,
            string.Join(", ", s.Quantities.Select(Labels.Quantity).Append(s.TimeFrame?.Text ?? string.Empty).Where(t => t.Length > 0)), en)));
        foreach (var f in followUps)
        {
            body.Add(new TextBlock(L($"Uppföljning: {f.Description}", $"Follow-up: {f.Description}")) { Weight = "bolder", Separator = true });
            body.Add(new TextBlock(L($"Förfaller {CardText.Date(f.DueDate)} · ansvarig {f.Owner.DisplayName}", $"Due {CardText.Date(f.DueDate)} · owner {f.Owner.DisplayName}"))
                { IsSubtle = true, Spacing = "none" });
        }

        if (dueChosen is { } chosen)
        {
            body.Add(new TextBlock(L($"Du angav inget förfallodatum: uppföljningen förfaller {CardText.Date(chosen)} (om fem arbetsdagar). Ändra med \"Skjut upp\" i \"mina uppföljningar\".",
                $"You gave no due date: the follow-up is due {CardText.Date(chosen)} (in five working days). Change it with \"Postpone\" in \"mina uppföljningar\".")) { Color = "accent", Id = "dueChosen" });
        }

        if (i.IsConfidential)
        {
            body.Add(new TextBlock(L("Sekretess: anteckningen visas bara inom kommunen.", "Confidential: the note is shown only inside the municipality.")) { IsSubtle = true });
        }

        var data = new Dictionary<string, object?> { ["interactionId"] = i.Id.ToString(), ["company"] = i.Company.Digits };
        return new AdaptiveCard
        {

            FallbackText = L("Kontakten är sparad", "The contact is saved"),
            Body = body,
            Actions =
            [
                ContactFormCard.Execute(AddFollowUpVerb, L("Lägg till uppföljning", "Add follow-up"), data, "none"),
                ContactFormCard.Execute(Companies.CompanyCardAction.Verb, L("Visa företaget", "Open the company"),
                    new Dictionary<string, object?> { ["company"] = i.Company.Digits }, "none"),
            ],
        };
    }
}
