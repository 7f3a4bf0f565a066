using System.Globalization;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// The weekly digest card (Swedish; English where the reader's locale is English): per municipality the week's
/// figures, then the network's top needs, critical-mass matches as suggested joint actions, expansion signals and
/// establishments, red flags and the trend against last week. "Visa mer" opens the tab.
/// </summary>
public static class DigestCard
{
    private const int TopShown = 5;
    private const int MunicipalitiesNamed = 4;

    public static AdaptiveCard Build(NetworkDigest d, bool en, string? tabLink, bool preview = false)
    {
        string T(string sv, string english) => en ? english : sv;
        var body = new List<CardElement>
        {
            new TextBlock(T($"Veckobrev {Week(d.Week)}", $"Weekly digest {Week(d.Week)}")) { Size = "large", Weight = "bolder", Style = "heading" },
            new TextBlock(T("Vad näringslivskontoren i nätverket gjorde och hörde från företagen. Bara antal och kategorier – inga namn, anteckningar eller sekretessmarkerade uppgifter.",
                "What the network's business offices did and heard from firms. Counts and categories only – no names, notes or confidential items.")) { IsSubtle = true, Size = "small" },
        };
        if (preview)
        {
            body.Add(new TextBlock(T("Förhandsgranskning: siffrorna kan ändras fram till utskicket.", "Preview: the figures may change until it is sent.")) { Color = "accent" });
        }

        body.Add(Heading(T("Per kommun", "Per municipality")));
        body.Add(new FactSet([.. d.Municipalities.Select(m => new Fact(m.Name, m.This is { } r
            ? T($"{CardText.Count(r.Contacts, "kontakt", "kontakter")} · {CardText.Count(r.Firms, "företag", "företag")} · {CardText.Count(r.NewNeeds, "behov", "behov")} · {CardText.Count(r.NewSignals, "signal", "signaler")} · {CardText.Count(r.Closed, "återkopplad", "återkopplade")} · {Median(m, en)}",
                $"{CardText.Count(r.Contacts, "contact", "contacts")} · {CardText.Count(r.Firms, "firm", "firms")} · {CardText.Count(r.NewNeeds, "need", "needs")} · {CardText.Count(r.NewSignals, "signal", "signals")} · {CardText.Count(r.Closed, "closed", "closed")} · {Median(m, en)}")
            : T("ej rapporterat", "not reported")))]));

        var contacts = d.Total(r => r.Contacts);
        var before = d.TotalLastWeek(r => r.Contacts);
        body.Add(new TextBlock(T($"Trend: {N(contacts)} kontakter i nätverket, {Trend(contacts, before, en)} mot förra veckan ({N(before)}).",
            $"Trend: {N(contacts)} contacts in the network, {Trend(contacts, before, en)} on last week ({N(before)}).")));

        body.Add(Heading(T("Vanligaste behoven", "Top needs")));
        var top = d.TopNeeds.Take(TopShown).ToList();
        body.Add(top.Count == 0
            ? new TextBlock(T("Inga nya behov den här veckan.", "No new needs this week.")) { IsSubtle = true }
            : new Container([.. top.Select(n => new TextBlock($"{Category(n.Category, en)}: {N(n.Count)}") { Spacing = "small" })]));

        body.Add(Heading(T("Kritisk massa – förslag på gemensamma insatser", "Critical mass – suggested joint actions")));
        var matches = d.CriticalMass.Take(TopShown).ToList();
        if (matches.Count == 0)
        {
            body.Add(new TextBlock(T("Inget behov rapporterades i två eller fler kommuner den här veckan.", "No need was reported in two or more municipalities this week.")) { IsSubtle = true });
        }

        foreach (var (category, where) in matches)
        {
            body.Add(new Container(
            [
                new TextBlock($"{Category(category, en)}: {string.Join(", ", where.Take(MunicipalitiesNamed * 2).Select(w => $"{w.Municipality} {N(w.Count)}"))}"
                    + (where.Count > MunicipalitiesNamed * 2 ? (en ? $" and {where.Count - (MunicipalitiesNamed * 2)} more" : $" och {where.Count - (MunicipalitiesNamed * 2)} till") : string.Empty)) { Weight = "bolder" },
                new TextBlock(T($"Förslag: samla {where.Count} kommuner kring en gemensam insats för {Category(category, en).ToLower(CultureInfo.GetCultureInfo("sv-SE"))}.",
                    $"Suggestion: bring the {where.Count} municipalities together on a joint action on {Category(category, en).ToLowerInvariant()}.")) { IsSubtle = true },
            ]) { Style = "emphasis" });
        }

        body.Add(Heading(T("Expansionssignaler och etableringar", "Expansion signals and establishments")));
        body.Add(SignalLines(d, NetworkDigest.IsExpansion, en, T("Inga nya expansionssignaler.", "No new expansion signals."), Withheld(d, r => r.WithheldExpansion, red: false, en)));
        body.Add(Heading(T("Varningssignaler", "Red flags")));
        body.Add(SignalLines(d, NetworkDigest.IsRedFlag, en, T("Inga varningssignaler den här veckan.", "No red flags this week."), Withheld(d, r => r.WithheldRedFlags, red: true, en)));
        if (d.Total(r => r.WithheldNeeds) is > 0 and var needsWithheld)
        {
            body.Add(new TextBlock(T($"Dessutom {CardText.Count(needsWithheld, "behov", "behov")} i sekretessmarkerade kontakter (kategori visas inte).",
                $"Also {CardText.Count(needsWithheld, "need", "needs")} in confidential contacts (category not shown).")) { IsSubtle = true });
        }

        return new AdaptiveCard
        {
            FallbackText = T($"Veckobrev {Week(d.Week)}", $"Weekly digest {Week(d.Week)}"),
            Body = body,
            Actions = tabLink is null ? null : [new OpenUrlAction(tabLink) { Title = T("Visa mer", "Show more") }],
            MsTeams = new TeamsCardProperties(),
        };
    }

    /// <summary>One line per signal type across the network, with the municipalities that reported most of it; red flags
    /// and expansion signals each in their own colour and word (CardText.Signal).</summary>
    /// <summary>"2 i sekretessmarkerade kontakter (typ visas inte): Oskarshamn 2" — or null when nothing was withheld.</summary>
    private static TextBlock? Withheld(NetworkDigest d, Func<WeekReport, int> count, bool red, bool en)
    {
        var where = d.Reported.Select(m => (m.Name, Count: count(m.This!))).Where(x => x.Count > 0).OrderByDescending(x => x.Count).ToList();
        if (where.Count == 0)
        {
            return null;
        }

        var total = where.Sum(x => x.Count);
        var list = string.Join(", ", where.Take(MunicipalitiesNamed).Select(x => $"{x.Name} {N(x.Count)}"));
        var word = red ? (en ? "⚠ Red flag" : "⚠ Varning") : "▲ Expansion";
        return new TextBlock(en
            ? $"{word}: {N(total)} in confidential contacts (type not shown): {list}"
            : $"{word}: {N(total)} i sekretessmarkerade kontakter (typ visas inte): {list}") { Color = red ? "attention" : "good", Weight = red ? "bolder" : null, Spacing = "small" };
    }

    private static CardElement SignalLines(NetworkDigest d, Func<string, bool> kind, bool en, string none, TextBlock? withheld)
    {
        var lines = d.Reported
            .SelectMany(m => m.This!.Signals.Where(s => kind(s.Key) && s.Value > 0).Select(s => (Type: s.Key, m.Name, Count: s.Value)))
            .GroupBy(x => x.Type)
            .OrderByDescending(g => g.Sum(x => x.Count))
            .Select(g =>
            {
                var top = g.OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
                var more = top.Count > MunicipalitiesNamed ? (en ? $" and {top.Count - MunicipalitiesNamed} more" : $" och {top.Count - MunicipalitiesNamed} till") : string.Empty;
                var where = $"{N(g.Sum(x => x.Count))} ({string.Join(", ", top.Take(MunicipalitiesNamed).Select(x => $"{x.Name} {N(x.Count)}")) + more})";
                return Enum.TryParse<SignalType>(g.Key, out var type)
                    ? (CardElement)CardText.Signal(type, where, en)
                    : new TextBlock($"{g.Key}: {where}");
            })
            .ToList();
        if (withheld is not null)
        {
            // Never "no red flags" when some were withheld: the count is shown instead.
            lines.Add(withheld);
        }

        return lines.Count == 0 ? new TextBlock(none) { IsSubtle = true } : new Container(lines);
    }

    /// <summary>"median 6 dagar till återkoppling" (the number and unit on one line), or that there is none yet.</summary>
    private static string Median(MunicipalityWeek m, bool en) => m.MedianDays is null
        ? (en ? "no feedback yet" : "ingen återkoppling än")
        : CardText.KeepTogether(en
            ? $"median {m.MedianText} {(m.MedianText == "1" ? "day" : "days")} to feedback"
            : $"median {m.MedianText} {(m.MedianText == "1" ? "dag" : "dagar")} till återkoppling");

    private static string SignalLabel(string type, bool en) => Enum.TryParse<SignalType>(type, out var t) ? Labels.Signal(t, en) : type;

    private static string Category(string id, bool en) => NeedCategoryCatalog.Default.Find(id) is { } c ? (en ? c.English : c.Swedish) : id;

    private static TextBlock Heading(string text) => new(text) { Size = "medium", Weight = "bolder", Style = "heading" };

    private static string Trend(int now, int before, bool en) =>
        now == before ? (en ? "unchanged" : "oförändrat") : now > before ? $"▲ {N(now - before)}" : $"▼ {N(before - now)}";

    private static string Week(string isoWeek) => "v. " + int.Parse(isoWeek[6..], CultureInfo.InvariantCulture) + " " + isoWeek[..4];

    private static string N(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("sv-SE"));
}
