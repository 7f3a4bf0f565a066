using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace NaringslivCrm.Teams.Cards;

/// <summary>
/// Keeps text shown as written. Teams renders TextBlock.text and Fact.title/value as Markdown ("Format cards in Teams",
/// learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format: links `[Title](url)` are
/// supported), so text a user typed — a note, a company name, a description — could show another user a link with a
/// misleading title. Backslash escapes are not honoured alike by every Teams client (microsoft/AdaptiveCards#5590,
/// #5758), so the link syntax is broken with an invisible zero-width space instead: between `]` and `(`, `[` or `:`
/// (inline, reference and definition links), between `!` and `[` (images) and after `<` (autolinks, HTML). The text
/// reads the same; no CommonMark parser finds a link or an image in it (tests/NaringslivCrm.Teams.Tests/Cards/CardMarkdownTests).
/// </summary>
public static partial class CardMarkdown
{
    private const string ZeroWidthSpace = "\u200B";

    public static string Plain(string text) => text.Length == 0 ? text : LinkSyntax().Replace(text, m => m.Value[0] + ZeroWidthSpace + m.Value[1..]);

    [GeneratedRegex(@"\][(\[:]|!\[|<(?=[A-Za-z/!?])")]
    private static partial Regex LinkSyntax();
}

/// <summary>Writes a card text through <see cref="CardMarkdown.Plain"/>; reads it as it is.</summary>
public sealed class PlainCardTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(CardMarkdown.Plain(value));
}
