using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.QuickCapture;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>Notes as officers write them: firm first, lower case, near spellings, numbers as words, red flags.</summary>
public class QuickCaptureNotesTests
{
    private static readonly QuickCaptureParser Parser = new();
    private static readonly DateOnly Thursday = new(2026, 12, 3);
    private static readonly OrgNumber Hultsfred = OrgNumber.Parse("584352-9057").Value;
    private static readonly OrgNumber Storuman = OrgNumber.Parse("555502-8199").Value;
    private static readonly (OrgNumber, string)[] Known = [(Hultsfred, "Hultsfreds Fönster AB"), (Storuman, "Storumans Energi AB")];

    [Theory]
    [InlineData("Ringde Hultsfreds Fönster igår", -1)]
    [InlineData("Besök i förrgår hos Hultsfreds Fönster", -2)]
    [InlineData("Var hos Hultsfreds Fönster i måndags.", -3)]
    [InlineData("Uppföljningssamtal med Hultsfreds Fönster i förra veckan.", -7)]
    [InlineData("Besök Hultsfreds Fönster idag", 0)]
    public void Parse_RelativeDate_SetsContactDate(string message, int days)
    {
        Assert.Equal(Thursday.AddDays(days), Parser.Parse(message, Known, Thursday).Date);
    }

    [Fact]
    public void Parse_RelativeDateOutsideContactSentence_IsNotTheContactDate()
    {
        var draft = Parser.Parse("Besök Hultsfreds Fönster. Grannen gick i konkurs i måndags.", Known, Thursday);

        Assert.Null(draft.Date);
    }

    [Fact]
    public void Parse_NearSpelling_TakesFirmAsGuessed()
    {
        var draft = Parser.Parse("Ringde Hultsfred Fönster, behöver 5 snickare.", Known);

        Assert.Equal(Hultsfred, draft.Company?.OrgNumber);
        Assert.True(draft.CompanyGuessed);
    }

    [Fact]
    public void Parse_FirstWordOfName_TakesFirmAsGuessed()
    {
        var draft = Parser.Parse("Varsel på Hultsfreds: 35 personer berörs", Known);

        Assert.Equal(Hultsfred, draft.Company?.OrgNumber);
        Assert.True(draft.CompanyGuessed);
    }

    [Fact]
    public void Parse_UnregisteredFirm_ReadsNameAndSuggestsClosest()
    {
        var draft = Parser.Parse("Besök Hultsberg Fönsterputs: behöver 4 fönsterputsare.", Known);

        Assert.Null(draft.Company);
        Assert.Equal("Hultsberg Fönsterputs", draft.CompanyNameCandidate);
        Assert.Equal(Hultsfred, Assert.Single(draft.CompanySuggestions).OrgNumber);
        Assert.True(draft.CarriesContent);
    }

    [Fact]
    public void Parse_LowerCaseUnregisteredName_IsRead()
    {
        var draft = Parser.Parse("besök nyströms åkeri de vill ha en hektar till", Known);

        Assert.Equal("nyströms åkeri", draft.CompanyNameCandidate);
    }

    [Theory]
    [InlineData("behöver ett tjugotal chaufförer", SignalType.Hiring, 20, QuantityUnit.Jobs)]
    [InlineData("vill hyra fem tusen kvadratmeter", SignalType.LandOrPremises, 5000, QuantityUnit.SquareMetres)]
    [InlineData("vill ha tolvhundra kvadratmeter till", SignalType.LandOrPremises, 1200, QuantityUnit.SquareMetres)]
    [InlineData("ska anställa 12 st bergarbetare", SignalType.Hiring, 12, QuantityUnit.Jobs)]
    [InlineData("behöver ca 20 pers till nya skiftet", SignalType.Hiring, 20, QuantityUnit.Jobs)]
    [InlineData("byter ugnar för 8 mkr", SignalType.Investment, 8_000_000, QuantityUnit.Sek)]
    [InlineData("söker 4 000 kvm", SignalType.LandOrPremises, 4000, QuantityUnit.SquareMetres)]
    [InlineData("behöver 2 ha", SignalType.LandOrPremises, 2, QuantityUnit.Hectares)]
    [InlineData("kostar 45 miljoner kronor", SignalType.Investment, 45_000_000, QuantityUnit.Sek)]
    [InlineData("anställer 10–15 svetsare", SignalType.Hiring, 15, QuantityUnit.Jobs)]
    [InlineData("planerar att anställa ett 25-tal personer", SignalType.Hiring, 25, QuantityUnit.Jobs)]
    public void Parse_NumbersAsOfficersWriteThem_GiveOneQuantity(string message, SignalType type, decimal amount, QuantityUnit unit)
    {
        var signal = Assert.Single(Parser.Parse(message, []).Signals);

        Assert.Equal(type, signal.Type);
        Assert.Equal(Quantity.Create(amount, unit).Value, Assert.Single(signal.Quantities));
    }

    [Fact]
    public void Parse_Headcount_IsSizeNotHiring()
    {
        Assert.Empty(Parser.Parse("Besök Burlövs Bageri. 3 anställda, allt lugnt.", []).Signals);
    }

    [Theory]
    [InlineData("Mariestads Trähus: ägaren vill sälja, ingen köpare i sikte.", SignalType.Succession)]
    [InlineData("Örnsköldsviks Båtvarv har förlorat sin största kund.", SignalType.LostKeyCustomer)]
    [InlineData("Torsby Skogsmaskiner överväger att flytta till Polen.", SignalType.Moving)]
    [InlineData("Funderar på att lägga ned verkstaden.", SignalType.Closing)]
    [InlineData("Piteå Plast har ansökt om rekonstruktion.", SignalType.Insolvency)]
    [InlineData("Varsel på Luleå Mekaniska: 35 personer berörs.", SignalType.Downsizing)]
    public void Parse_RedFlag_IsFound(string message, SignalType type)
    {
        Assert.Contains(Parser.Parse(message, []).Signals, s => s.Type == type);
    }

    [Fact]
    public void Parse_ResolvedMatter_IsNoSignal()
    {
        Assert.Empty(Parser.Parse("Uppföljning: rekonstruktionen är avslutad och varslet har dragits tillbaka.", []).Signals);
    }

    [Fact]
    public void Parse_NeedWordInFirmName_IsNotANeed()
    {
        var draft = Parser.Parse("Samtal med Storumans Energi om julbordet.", Known);

        Assert.Equal(Storuman, draft.Company?.OrgNumber);
        Assert.Empty(draft.Categories);
    }

    [Theory]
    [InlineData("hej")]
    [InlineData("tack för hjälpen!")]
    public void Parse_ChitChat_CarriesNoContent(string message)
    {
        Assert.False(Parser.Parse(message, Known).CarriesContent);
    }
}
