using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.QuickCapture;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.Tests.QuickCapture;

public class QuickCaptureParserTests
{
    private static readonly QuickCaptureParser Parser = new();
    private static readonly OrgNumber Ovako = OrgNumber.Parse("554601-8150").Value;
    private static readonly (OrgNumber, string)[] Known = [(Ovako, "Ovako Hällefors AB")];

    [Fact]
    public void Parse_BriefExample_FindsEverything()
    {
        var draft = Parser.Parse(
            "Besök Ovako 554601-8150: behöver 40 svetsare till hösten, planerar ny hall 2027, effektbehov 5 MW", Known);

        Assert.Equal(InteractionKind.Visit, draft.Kind);
        Assert.Equal(Ovako, draft.OrgNumber);
        Assert.Equal(["kompetensforsorjning", "mark-och-lokaler", "energi"], draft.Categories.Select(c => c.Id));
        Assert.Equal([SignalType.Hiring, SignalType.NewSite, SignalType.Energy], draft.Signals.Select(s => s.Type));
        Assert.Equal(2027, draft.TimeFrame?.Year);
    }

    [Theory]
    [InlineData("Besök Ovako, de planerar en ny lagerhall på 5 000 kvm")]
    [InlineData("Ovako ska bygga en ny lagerhall nästa år")]
    [InlineData("Samtal Ovako: behöver mark för ett nytt lager")]
    public void Parse_RegisteredFirmBuildsWarehouse_PremisesNotNewEstablishment(string message)
    {
        var draft = Parser.Parse(message, Known);

        Assert.Contains(SignalType.LandOrPremises, draft.Signals.Select(s => s.Type));
        Assert.DoesNotContain(SignalType.NewSite, draft.Signals.Select(s => s.Type));
    }

    [Fact]
    public void Parse_SameRegisterForManyMessages_SameDraftsAsAListPerMessage()
    {
        var register = Parser.Register(Known);
        string[] messages = ["Besök Ovako Hällefors: behöver 2 MW", "ovako hallefors varslar 30", "Möte med Ovako om ny fabrik"];

        foreach (var message in messages)
        {
            var (once, each) = (Parser.Parse(message, register, null), Parser.Parse(message, Known, null));
            Assert.Equal(each.Company, once.Company);
            Assert.Equal(each.Signals.Select(s => s.Type), once.Signals.Select(s => s.Type));
            Assert.Equal(each.Categories, once.Categories);
        }
    }

    [Theory]
    [InlineData("Digitalt möte med Ovako", InteractionKind.DigitalMeeting)]
    [InlineData("Teams-möte med Ovako", InteractionKind.DigitalMeeting)]
    [InlineData("Ringde Ovako om mötet", InteractionKind.Call)]
    [InlineData("besok ovako", InteractionKind.Visit)]
    [InlineData("Träffade VD", InteractionKind.Meeting)]
    public void Parse_KindWord_GivesKind(string message, InteractionKind kind)
    {
        Assert.Equal(kind, Parser.Parse(message, []).Kind);
    }

    [Fact]
    public void Parse_WrongCheckDigit_ReportsWhy()
    {
        var draft = Parser.Parse("Besök 554601-8151", []);

        Assert.Null(draft.OrgNumber);
        Assert.Equal("orgnr.check-digit", draft.OrgNumberError?.Code);
    }

    [Fact]
    public void Parse_NameWithoutDiacritics_MatchesKnownFirm()
    {
        var draft = Parser.Parse("samtal med ovako hallefors idag", Known);

        Assert.Equal(Ovako, draft.Company?.OrgNumber);
    }

    [Fact]
    public void Parse_UnknownFirm_GivesNameCandidate()
    {
        var draft = Parser.Parse("Samtal med VD på Norrbottens Plåt: vill anställa", Known);

        Assert.Null(draft.Company);
        Assert.Equal("Norrbottens Plåt", draft.CompanyNameCandidate);
    }

    [Theory]
    [InlineData("behöver 1,5 MW", SignalType.Energy, 1.5, QuantityUnit.Megawatts)]
    [InlineData("vill investera 200 miljoner", SignalType.Investment, 200_000_000, QuantityUnit.Sek)]
    [InlineData("söker lokal på 2 000 m²", SignalType.LandOrPremises, 2_000, QuantityUnit.SquareMetres)]
    [InlineData("behöver tjugo svetsare", SignalType.Hiring, 20, QuantityUnit.Jobs)]
    [InlineData("varslar 25 personer", SignalType.Downsizing, 25, QuantityUnit.Jobs)]
    [InlineData("ska anställa 15 under våren", SignalType.Hiring, 15, QuantityUnit.Jobs)]
    [InlineData("behöver 12 hektar", SignalType.LandOrPremises, 12, QuantityUnit.Hectares)]
    public void Parse_Quantity_GoesToSignal(string message, SignalType type, decimal amount, QuantityUnit unit)
    {
        var signal = Assert.Single(Parser.Parse(message, []).Signals);

        Assert.Equal(type, signal.Type);
        Assert.Equal(Quantity.Create(amount, unit).Value, Assert.Single(signal.Quantities));
    }

    [Fact]
    public void Parse_NegatedRedFlag_IsIgnored()
    {
        Assert.Empty(Parser.Parse("Inga planer på att flytta.", []).Signals);
    }

    [Fact]
    public void Parse_RelativeTimeFrame_IsKeptAsText()
    {
        var signal = Assert.Single(Parser.Parse("Vill anställa 10 till hösten", []).Signals);

        Assert.Equal(new TimeFrame("till hösten"), signal.TimeFrame);
    }

    [Fact]
    public void Parse_CustomRules_UsesThem()
    {
        var rules = QuickCaptureRules.FromJson("""{"categories":[{"category":"export","patterns":["utskeppning"]}]}""").Value;
        var parser = new QuickCaptureParser(rules, Domain.Needs.NeedCategoryCatalog.Default);

        Assert.Equal("export", Assert.Single(parser.Parse("Mer utskeppning", []).Categories).Id);
    }

    [Fact]
    public void RulesFromJson_BadPattern_Fails()
    {
        var result = QuickCaptureRules.FromJson("""{"categories":[{"category":"export","patterns":["(unclosed"]}]}""");

        Assert.Equal("quick-capture.rules", result.Error?.Code);
    }
}
