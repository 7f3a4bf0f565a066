using System.Text.Json;
using Markdig;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Teams.Tests.Cards;

/// <summary>
/// Text a user typed shows as text in a card. Teams renders TextBlock.text, Fact.title and Fact.value as Markdown, links
/// `[Title](url)` included ("Format cards in Teams", learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format,
/// msteams-docs task-modules-and-cards/cards/cards-format.md); Adaptive Cards' Markdown is a CommonMark subset
/// (learn.microsoft.com/adaptive-cards/create/textfeatures). So the card's wire text is parsed here with a CommonMark
/// parser (Markdig): it must find no link and no image, and the text must read as typed.
/// </summary>
public sealed class CardMarkdownTests
{
    public static TheoryData<string> Hostile => new()
    {
        "[Klicka här för att logga in](https://evil.example/login)",
        "Se ![bild](https://evil.example/track.png) nu",
        "[ref][1]\n\n[1]: https://evil.example",
        "[Kommunen]\n\n[Kommunen]: https://evil.example \"Oskarshamn\"",
        "<https://evil.example>",
        "<img src=x onerror=alert(1)>",
        "Ring Åsa [vd](javascript:alert(1)) om elen",
        "[a](<https://evil.example/x y>)",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void TextBlockAndFacts_UserTextWithLinkOrImageSyntax_NoLinkOrImageAndReadsAsTyped(string typed)
    {
        var card = new AdaptiveCard { Body = [new TextBlock(typed), new FactSet([new Fact(typed, typed)])] };

        using var doc = JsonDocument.Parse(card.ToJson());
        var body = doc.RootElement.GetProperty("body");
        var fact = body[1].GetProperty("facts")[0];
        foreach (var wire in new[] { body[0].GetProperty("text").GetString()!, fact.GetProperty("title").GetString()!, fact.GetProperty("value").GetString()! })
        {
            var html = Markdown.ToHtml(wire);
            Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.Equal(typed, wire.Replace("\u200B", string.Empty, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Besök Ovako 556036-0793: behöver 40 svetsare")]
    [InlineData("[borttaget] (vd) ringde")]
    [InlineData("Pris < 5 MW, status: klar")]
    public void Plain_OrdinaryText_Unchanged(string text) => Assert.Equal(text, CardMarkdown.Plain(text));

    [Fact]
    public void Plain_WithoutIt_TheSameTextIsALink()
    {
        // The check above can fail: the unprotected text is a link to a CommonMark parser.
        Assert.Contains("<a href=\"https://evil.example/login\"", Markdown.ToHtml("[Klicka här](https://evil.example/login)"), StringComparison.Ordinal);
    }
}
