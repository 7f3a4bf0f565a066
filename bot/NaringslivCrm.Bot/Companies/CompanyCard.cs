using System.Globalization;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Companies;

/// <summary>A company at a glance: register data, latest contacts, open needs and signals, open follow-ups.</summary>
public static class CompanyCard
{
    public static AdaptiveCard Build(Company c, IReadOnlyList<Interaction> recent, IReadOnlyList<FollowUp> openFollowUps, bool en, bool shared = false)
    {
        string L(string sv, string english) => en ? english : sv;
        var facts = new List<Fact> { new(L("Organisationsnummer", "Org number"), c.OrgNumber.ToString()) };
        if (c.Sni is not null)
        {
            facts.Add(new("SNI", $"{c.Sni} ({c.Sni.Version})"));
        }

        if (c.Address is not null)
        {
            facts.Add(new(L("Adress", "Address"), c.Address.ToString()));
        }

        if (c.ResponsibleOfficer is not null)
        {
            facts.Add(new(L("Ansvarig", "Responsible"), c.ResponsibleOfficer.DisplayName));
        }

        var body = new List<CardElement>
        {
            new TextBlock(c.Name) { Size = "large", Weight = "bolder", Style = "heading" },
            new FactSet(facts),
            new TextBlock(L("Senaste kontakter", "Latest contacts")) { Weight = "bolder", Separator = true },
        };
        body.Add(recent.Count == 0
            ? new TextBlock(L("Inga kontakter loggade ännu.", "No contacts logged yet.")) { IsSubtle = true }
            : new FactSet([.. recent.Take(5).Select(i => new Fact(Date(i.Date), $"{Labels.Kind(i.Kind, en)} – {i.RecordedBy.DisplayName}{(i.IsConfidential ? L(" (sekretess)", " (confidential)") : "")}"))]));

        var needs = recent.SelectMany(i => i.Needs.Select(n => shared && i.IsConfidential ? Domain.Needs.Need.Restore(n.Id, n.Category, string.Empty, n.Severity, n.Status, n.ResolvedAt) : n)).Where(n => n.Status == Domain.Needs.NeedStatus.Open).Take(8).ToList();
        var signals = recent.SelectMany(i => i.Signals).Where(s => s.Status == Domain.Signals.SignalStatus.Open).Take(8).ToList();
        body.Add(new TextBlock(L("Öppna behov och signaler", "Open needs and signals")) { Weight = "bolder", Separator = true });
        body.Add(needs.Count + signals.Count == 0
            ? new TextBlock(L("Inga öppna behov eller signaler.", "No open needs or signals.")) { IsSubtle = true }
            : new FactSet([
                .. needs.Select(n => new Fact(en ? n.Category.English : n.Category.Swedish, n.Description.Length == 0 ? "–" : Short(n.Description))),
                .. signals.Select(s => new Fact(Labels.Signal(s.Type, en), string.Join(", ", s.Quantities.Select(Labels.Quantity)) is { Length: > 0 } q ? q : "–")),
            ]));
        body.Add(new TextBlock(L("Öppna uppföljningar", "Open follow-ups")) { Weight = "bolder", Separator = true });
        body.Add(openFollowUps.Count == 0
            ? new TextBlock(L("Inga öppna uppföljningar.", "No open follow-ups.")) { IsSubtle = true }
            : new FactSet([.. openFollowUps.Take(8).Select(f => new Fact(Date(f.DueDate), $"{Short(f.Description)} – {f.Owner.DisplayName}"))]));
        return new AdaptiveCard { FallbackText = c.Name, Body = body };
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "…";
}
