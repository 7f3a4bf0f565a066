using System.Text;
using System.Text.Json;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Cards;

/// <summary>Wrapping cards for the wire.</summary>
public static class CardAttachments
{
    /// <summary>The budget Teams reliably accepts for one message's card.</summary>
    public const int MaxCardBytes = 28 * 1024;

    public static Attachment ToAttachment(this AdaptiveCard card) =>
        new() { ContentType = AdaptiveCard.ContentType, Content = card };

    public static string ToJson(this AdaptiveCard card) => JsonSerializer.Serialize(card, BotJson.Options);

    public static int SizeInBytes(this AdaptiveCard card) => Encoding.UTF8.GetByteCount(card.ToJson());

    /// <summary>The invoke body that replaces a card in place (adaptiveCard/action).</summary>
    public static object ToInvokeBody(this AdaptiveCard card) => new
    {
        statusCode = 200,
        type = AdaptiveCard.ContentType,
        value = card,
    };

    /// <summary>The invoke body that shows a short message (toast) instead of replacing the card.</summary>
    public static object MessageInvokeBody(string text) => new
    {
        statusCode = 200,
        type = "application/vnd.microsoft.activity.message",
        value = text,
    };

    /// <summary>The invoke body for an error (400/500 with application/vnd.microsoft.error).</summary>
    public static object ErrorInvokeBody(int statusCode, string code, string message) => new
    {
        statusCode,
        type = "application/vnd.microsoft.error",
        value = new { code, message },
    };
}
