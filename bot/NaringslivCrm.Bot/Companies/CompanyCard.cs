using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Companies;

/// <summary>A company at a glance: register data, latest contacts, open needs and signals, open follow-ups.</summary>
public static class CompanyCard
{
    public static AdaptiveCard Build(Company c, IReadOnlyList<Interaction> recent, IReadOnlyList<FollowUpSummary> openFollowUps, bool en, bool shared = false)
    {
        string L(string sv, string english) => en ? english : sv;
        var facts = new List<Fact> { new(L("Org.nr", "Org no."), CardText.KeepTogether(c.OrgNumber.ToString())) };
        if (c.Sni is not null)
        {
            facts.Add(new("SNI", CardText.KeepTogether($"{c.Sni} ({c.Sni.Version})")));
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
            : new Container([.. recent.Take(5).Select(i => Line($"{CardText.Date(i.Date)} · {Labels.Kind(i.Kind, en)} – {i.RecordedBy.DisplayName}{(i.IsConfidential ? L(" (sekretess)", " (confidential)") : "")}"))]));

        var needs = recent.SelectMany(i => i.Needs.Select(n => shared && i.IsConfidential ? Domain.Needs.Need.Restore(n.Id, n.Category, string.Empty, n.Severity, n.Status, n.ResolvedAt) : n)).Where(n => n.Status == Domain.Needs.NeedStatus.Open).Take(8).ToList();
        var signals = recent.SelectMany(i => i.Signals).Where(s => s.Status == Domain.Signals.SignalStatus.Open).Take(8).ToList();
        body.Add(new TextBlock(L("Öppna behov och signaler", "Open needs and signals")) { Weight = "bolder", Separator = true });
        body.Add(needs.Count + signals.Count == 0
            ? new TextBlock(L("Inga öppna behov eller signaler.", "No open needs or signals.")) { IsSubtle = true }
            : new Container([
                .. needs.Select(n => Line($"{(en ? n.Category.English : n.Category.Swedish)}{(n.Description.Length == 0 ? "" : " – " + CardText.KeepTogether(Short(n.Description)))}")),
                .. signals.Select(s => CardText.Signal(s.Type, string.Join(", ", s.Quantities.Select(Labels.Quantity)), en)),
            ]));
        body.Add(new TextBlock(L("Öppna uppföljningar", "Open follow-ups")) { Weight = "bolder", Separator = true });
        body.Add(openFollowUps.Count == 0
            ? new TextBlock(L("Inga öppna uppföljningar.", "No open follow-ups.")) { IsSubtle = true }
            : new Container([.. openFollowUps.Take(8).Select(f => Line($"{CardText.Date(f.DueDate)} · {Short(f.Description)} – {f.OwnerName}"))]));
        return new AdaptiveCard { FallbackText = c.Name, Body = body };
    }

    /// <summary>One line of a list, date first: a date at the start of a line never breaks at Teams' narrow width.</summary>
    private static TextBlock Line(string text) => new(text) { Spacing = "small" };

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "…";
}
