using System.Text.Json;
using System.Text.RegularExpressions;

namespace NaringslivCrm.Teams.Schema;

/// <summary>Reading the Teams-specific parts of an activity.</summary>
public static partial class ActivityExtensions
{
    /// <summary>The tenant id from channelData.tenant.id, falling back to conversation.tenantId.</summary>
    public static string? GetTenantId(this Activity activity)
    {
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }

        return activity.Conversation?.TenantId;
    }

    /// <summary>channelData.eventType (teamMemberAdded, …), if any.</summary>
    public static string? GetTeamsEventType(this Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("eventType", out var e) && e.ValueKind == JsonValueKind.String
            ? e.GetString()
            : null;

    /// <summary>The message text with &lt;at&gt;…&lt;/at&gt; mentions removed and white space trimmed.</summary>
    public static string GetTextWithoutMentions(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        text = AtTag().Replace(text, " ");
        text = System.Net.WebUtility.HtmlDecode(text);
        return MultiSpace().Replace(text, " ").Trim();
    }

    /// <summary>True when the user's locale is English (en, en-US, en-GB, …).</summary>
    public static bool IsEnglish(this Activity activity) =>
        activity.Locale is { } l && l.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>The conversation reference a proactive message needs later.</summary>
    public static ConversationReference? GetConversationReference(this Activity activity)
    {
        var tenant = activity.GetTenantId();
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null || tenant is null)
        {
            return null;
        }

        return new ConversationReference
        {
            ServiceUrl = activity.ServiceUrl,
            ConversationId = activity.Conversation.Id,
            TenantId = tenant,
            ConversationType = activity.Conversation.ConversationType,
            UserId = activity.From?.Id,
            UserAadObjectId = activity.From?.AadObjectId,
            UserName = activity.From?.Name,
            BotId = activity.Recipient?.Id,
            Locale = activity.Locale,
        };
    }

    /// <summary>A reply skeleton addressed back to the sender of this activity.</summary>
    public static Activity CreateReply(this Activity activity, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = activity.ServiceUrl,
        ChannelId = activity.ChannelId,
        From = activity.Recipient,
        Recipient = activity.From,
        Conversation = activity.Conversation,
        ReplyToId = activity.Id,
        Locale = activity.Locale,
        Text = text,
    };

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex MultiSpace();
}
