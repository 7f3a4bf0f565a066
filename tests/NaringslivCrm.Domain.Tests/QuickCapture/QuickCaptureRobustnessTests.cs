using CsCheck;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.QuickCapture;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>Messages as Teams delivers them: emoji, broken surrogates, very long notes.</summary>
public class QuickCaptureRobustnessTests
{
    private static readonly QuickCaptureParser Parser = new();
    private static readonly OrgNumber Brukssvets = OrgNumber.Parse("554601-8150").Value;
    private static readonly (OrgNumber, string)[] Known = [(Brukssvets, "Brukssvets AB")];

    [Theory]
    [InlineData("Besök Brukssvets 👍 behöver 40 svetsare 🔥🔥")]
    [InlineData("🚀🚀 Besök Brukssvets: behöver 40 svetsare")]
    [InlineData("Besök Brukssvets: behöver 40 svetsare 👨‍👩‍👧 𝔘𝔫𝔦𝔠𝔬𝔡𝔢")]
    public void Parse_EmojiInMessage_StillReadsIt(string message)
    {
        var draft = Parser.Parse(message, Known);

        Assert.Equal(Brukssvets, draft.Company?.OrgNumber);
        var hiring = Assert.Single(draft.Signals, s => s.Type == SignalType.Hiring);
        Assert.Equal(Quantity.Create(40, QuantityUnit.Jobs).Value, Assert.Single(hiring.Quantities));
        Assert.Equal(message, draft.Text);
    }

    [Theory]
    [InlineData("Besök Brukssvets \ud83d behöver 40 svetsare")]
    [InlineData("Ringde Brukssvets \ude00 om svetsare")]
    [InlineData("\udc00\ud800")]
    public void Parse_LoneSurrogate_DoesNotThrow(string message)
    {
        var draft = Parser.Parse(message, Known);

        Assert.DoesNotContain(draft.Text, char.IsSurrogate);
    }

    [Fact]
    public void Parse_AnyString_DoesNotThrow()
    {
        Gen.String[Gen.Char, 0, 300].Sample(text => _ = Parser.Parse(text, Known), iter: 2_000);
    }

    [Fact]
    public void Parse_TextBeyondLimit_IsKeptButNotRead()
    {
        var message = "Besök Brukssvets. " + new string('x', QuickCaptureParser.MaxParsedLength) + " varslar 30 personer";

        var draft = Parser.Parse(message, Known);

        Assert.Equal(message, draft.Text);
        Assert.Equal(Brukssvets, draft.Company?.OrgNumber);
        Assert.Empty(draft.Signals);
    }

    [Fact]
    public void Parse_LongHeaderOfCapitalizedWords_GivesCandidate()
    {
        var words = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => "Ord" + i));

        var draft = Parser.Parse(words, []);

        Assert.NotNull(draft.CompanyNameCandidate);
    }
}
