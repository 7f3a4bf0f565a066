using System.Globalization;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>The saved contact: what was recorded, with actions to add a follow-up or open the company.</summary>
public static class ContactSummaryCard
{
    public const string AddFollowUpVerb = "addFollowUp";

    public static AdaptiveCard Build(Interaction i, string companyName, IReadOnlyList<FollowUp> followUps, bool en, string? status = null)
    {
        string L(string sv, string english) => en ? english : sv;
        var facts = new List<Fact>
        {
            new(L("Företag", "Company"), $"{companyName} ({i.Company})"),
            new(L("Kontakt", "Contact"), $"{Labels.Kind(i.Kind, en)} {i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"),
            new(L("Loggad av", "Logged by"), i.RecordedBy.DisplayName),
        };
        if (i.Needs.Count > 0)
        {
            facts.Add(new(L("Behov", "Needs"), string.Join(", ", i.Needs.Select(n => en ? n.Category.English : n.Category.Swedish))));
        }

        foreach (var s in i.Signals)
        {
            var q = string.Join(", ", s.Quantities.Select(Labels.Quantity));
            facts.Add(new(Labels.Signal(s.Type, en), q.Length == 0 ? s.TimeFrame?.Text ?? "–" : q + (s.TimeFrame is null ? "" : ", " + s.TimeFrame.Text)));
        }

        foreach (var f in followUps)
        {
            facts.Add(new(L("Uppföljning", "Follow-up"), $"{f.Description} – {f.Owner.DisplayName}, {f.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        }

        var body = new List<CardElement>
        {
            new TextBlock(status ?? L("Kontakten är sparad", "The contact is saved")) { Size = "large", Weight = "bolder", Style = "heading", Color = "good" },
            new FactSet(facts),
        };
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
