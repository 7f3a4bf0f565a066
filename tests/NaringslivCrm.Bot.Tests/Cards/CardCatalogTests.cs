using System.Diagnostics;
using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.FollowUps;
using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Testing;

namespace NaringslivCrm.Bot.Tests.Cards;

/// <summary>
/// Every card the bot can send, in both languages and in its largest realistic form, checked by the official
/// adaptivecards 1.5 parser (tests/e2e/lib/cards.mjs) and against the 28 KB budget.
/// </summary>
public sealed class CardCatalogTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly MunicipalityCode Kommun = MunicipalityCode.Parse("0882").Value;
    private static readonly OrgNumber Org = OrgNumber.Parse("556036-0793").Value;
    private static readonly UserRef Anna = new("oid-anna", "Anna Lindqvist");

    /// <summary>The largest digest: 25 municipalities (two not reporting), every need category and signal type in each.</summary>
    private static NaringslivCrm.Bot.Digest.NetworkDigest FullNetwork()
    {
        var needs = NeedCategoryCatalog.Default.All.ToDictionary(c => c.Id, c => c.Id.Length);
        var signals = Enum.GetNames<SignalType>().ToDictionary(n => n, n => n.Length % 4 + 1);
        var municipalities = Enumerable.Range(0, 25).Select(i =>
        {
            var code = (2500 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var report = new NaringslivCrm.Bot.Digest.WeekReport(code, $"Kommunen nummer {i}", "2026-W48", 120 + i, 80, needs, signals, 40, "15:3,30:10,120:4");
            return new NaringslivCrm.Bot.Digest.MunicipalityWeek(code, $"Kommunen nummer {i}", i < 23 ? report : null, report with { Week = "2026-W47", Contacts = 100 });
        });
        return new NaringslivCrm.Bot.Digest.NetworkDigest("2026-W48", [.. municipalities]);
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> AllCards()
    {
        foreach (var en in new[] { false, true })
        {
            var lang = en ? "en" : "sv";
            var t = en ? BotTexts.English : BotTexts.Swedish;
            yield return ($"welcome-{lang}", WelcomeCard.Build(t));
            yield return ($"welcome-group-{lang}", WelcomeCard.Build(t, group: true));
            yield return ($"summary-red-flags-{lang}", ContactSummaryCard.Build(RedFlagInteraction(), "Återindustrialiseringsbolaget i Kvarnholmen AB", [FollowUp(0)], en, dueChosen: Today));
            yield return ($"help-{lang}", HelpCard.Build(t));
            yield return ($"form-empty-{lang}", ContactFormCard.Build(new ContactDraft(), NeedCategoryCatalog.Default, Today, en));
            yield return ($"form-known-{lang}", ContactFormCard.Build(new ContactDraft(), NeedCategoryCatalog.Default, Today, en, knownCompanies: [.. Enumerable.Range(0, 15).Select(i => new Choice($"Företag {i} AB (556036-0793)", "5560360793"))]));
            yield return ($"reassign-{lang}", MyFollowUpsCard.ReassignForm(FollowUp(1), [.. Enumerable.Range(0, 60).Select(i => new UserRef($"oid-{i}", $"Handläggare {i}"))], en));
            yield return ($"form-errors-{lang}", ContactFormCard.Build(FullDraft(), NeedCategoryCatalog.Default, Today, en,
                ["Kontrollsiffran stämmer inte: det är inte ett giltigt organisationsnummer.", "Förfallodatumet har redan passerat."], unknownCompany: true, pastDue: true, notice: "Utkast"));
            yield return ($"summary-{lang}", ContactSummaryCard.Build(Interaction(), "Hammarverken Stål AB", [FollowUp(0)], en));
            yield return ($"company-{lang}", CompanyCard.Build(Company(), [Interaction(), Interaction()], [.. Enumerable.Range(0, 8).Select(i => new NaringslivCrm.Bot.Queries.FollowUpSummary(Guid.NewGuid(), Org.Digits, "Hammarverken", $"Uppföljning {i} om bygglov och el", "oid", "Anna Lindqvist", Today, "Open", DateTimeOffset.UtcNow, null))], en));
            yield return ($"my-follow-ups-{lang}", MyFollowUpsCard.Build([.. Enumerable.Range(0, 14).Select(FollowUp)],
                new Dictionary<string, string> { [Org.Digits] = "Hammarverken Stål AB" },
                [.. Enumerable.Range(0, 25).Select(i => new UserRef($"oid-{i}", $"Handläggare med ett långt namn {i}"))], Today, en, "Klar: något"));
            yield return ($"follow-up-card-{lang}", FollowUpCard.Build(FollowUp(2), "Hammarverken Stål AB", "Förfaller i dag", "Uppskjuten", ["29:owner", "29:chef"], en));
            yield return ($"reassign-single-{lang}", MyFollowUpsCard.ReassignForm(FollowUp(1), [.. Enumerable.Range(0, 60).Select(i => new UserRef($"oid-{i}", $"Handläggare {i}"))], en, single: true));
            yield return ($"digest-25-municipalities-{lang}", NaringslivCrm.Bot.Digest.DigestCard.Build(FullNetwork(), en, "https://teams.microsoft.com/l/entity/app/uppfoljningar"));
            yield return ($"add-follow-up-{lang}", AddFollowUpAction.Form(Org.Digits, Guid.NewGuid().ToString(), Today, en, "text", "fel"));
        }
    }

    [Fact]
    public void EveryCard_Serialized_UnderTeamsBudget()
    {
        foreach (var (name, card) in AllCards())
        {
            Assert.True(card.SizeInBytes() < CardAttachments.MaxCardBytes, $"{name} is {card.SizeInBytes()} bytes");
        }
    }

    /// <summary>
    /// Every card rendered by the official renderer in Chromium at a phone's chat width with the Teams host config:
    /// no word broken mid-word ("Organisationsnum|mer", "2026-12-|04"), no button label cut (tests/e2e/lib/card-layout.mjs).
    /// </summary>
    [Fact]
    public void EveryCard_AtTeamsNarrowWidth_NoWordBrokenMidWordNoLabelCut()
    {
        var dir = Path.Combine(RepositoryRoot.Path, "artifacts", "cards-layout");
        Directory.CreateDirectory(dir);
        foreach (var old in Directory.GetFiles(dir, "*.json"))
        {
            File.Delete(old);
        }

        foreach (var (name, card) in AllCards())
        {
            File.WriteAllText(Path.Combine(dir, name + ".json"), card.ToJson());
        }

        var (exit, output) = RunNode(Path.Combine("tests", "e2e", "lib", "card-layout.mjs"), dir);

        Assert.True(exit == 0, output);
        Assert.Contains($"{AllCards().Count()} of {AllCards().Count()} cards fit", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCard_OfficialParser_Accepts()
    {
        var dir = Path.Combine(RepositoryRoot.Path, "artifacts", "cards");
        Directory.CreateDirectory(dir);
        foreach (var old in Directory.GetFiles(dir, "*.json"))
        {
            File.Delete(old);
        }

        foreach (var (name, card) in AllCards())
        {
            File.WriteAllText(Path.Combine(dir, name + ".json"), card.ToJson());
        }

        var (exit, output) = RunValidator(dir);

        Assert.True(exit == 0, output);
        Assert.Equal(AllCards().Count(), Directory.GetFiles(dir, "*.json").Length);
    }

    private static (int Exit, string Output) RunValidator(string dir) => RunNode(Path.Combine("tests", "e2e", "lib", "cards.mjs"), dir);

    private static (int Exit, string Output) RunNode(string relativeScript, string dir)
    {
        var script = Path.Combine(RepositoryRoot.Path, relativeScript);
        using var node = Process.Start(new ProcessStartInfo("node", $"\"{script}\" \"{dir}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        })!;
        var output = node.StandardOutput.ReadToEnd() + node.StandardError.ReadToEnd();
        node.WaitForExit(120_000);
        return (node.ExitCode, output);
    }

    private static ContactDraft FullDraft() => new()
    {
        Company = Org.Digits,
        CompanyName = "Hammarverken Stål AB",
        NewCompanyName = "Hammarverken",
        Notes = new string('x', 2000),
        NeedCategories = ["energi", "kompetensforsorjning"],
        DetectedSignals = [new(SignalType.Hiring, [new(40, QuantityUnit.Jobs)], "till hösten", null), new(SignalType.Energy, [new(5, QuantityUnit.Megawatts)], "2027", 2027)],
        FollowUpText = "Ring tillbaka",
        FollowUpDue = Today,
    };

    /// <summary>A contact with every red flag and an expansion signal, participants and a long need text.</summary>
    private static Interaction RedFlagInteraction()
    {
        var i = Domain.Interactions.Interaction.Record(Guid.NewGuid(), Kommun, Org, InteractionKind.Visit, Today, Anna, DateTimeOffset.UtcNow, "anteckning").Value;
        i.AddParticipant("Karin Ek (vd)");
        i.AddParticipant("Per Holm");
        i.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.All[0], "40 svetsare till hösten och 1,2 mdr kr i investering").Value);
        foreach (var type in Enum.GetValues<SignalType>())
        {
            i.AddSignal(Signal.Spot(Guid.NewGuid(), type, null, type == SignalType.Investment ? [Quantity.Create(1_200_000_000, QuantityUnit.Sek).Value] : []).Value);
        }

        return i;
    }

    private static Interaction Interaction()
    {
        var i = Domain.Interactions.Interaction.Record(Guid.NewGuid(), Kommun, Org, InteractionKind.Visit, Today, Anna, DateTimeOffset.UtcNow, "anteckning").Value;
        i.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.All[0], "40 svetsare").Value);
        i.AddSignal(Signal.Spot(Guid.NewGuid(), SignalType.Energy, null, [Quantity.Create(5, QuantityUnit.Megawatts).Value]).Value);
        return i;
    }

    private static Company Company() => Domain.Companies.Company.Register(Kommun, Org, "Hammarverken Stål AB").Value;

    private static FollowUp FollowUp(int n) => Domain.FollowUps.FollowUp.Create(Guid.NewGuid(), Kommun, Org, null,
        $"Uppföljning nummer {n}: återkoppla om bygglov och elanslutning till företagets nya hall", Anna,
        new SwedishCalendar().AddWorkingDays(Today, n - 3), Anna, DateTimeOffset.UtcNow, new SwedishCalendar()).Value;
}
