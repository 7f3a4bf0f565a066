using System.Text.Json;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Tests.Schema;

public sealed class ActivityParsingTests
{
    private const string TeamsMessage = """
        {"type":"message","id":"1700000000000","timestamp":"2026-11-23T10:00:00.000Z","serviceUrl":"https://smba.trafficmanager.net/emea/",
         "channelId":"msteams","from":{"id":"29:1abc","name":"Anna Berg","aadObjectId":"oid-1"},
         "conversation":{"conversationType":"channel","isGroup":true,"tenantId":"tenant-conv","id":"19:abc@thread.tacv2;messageid=1"},
         "recipient":{"id":"28:app","name":"Näringslivs-CRM"},"textFormat":"plain","locale":"en-GB",
         "text":"<at>Näringslivs-CRM</at> hjälp &amp; mer","entities":[{"type":"mention","mentioned":{"id":"28:app","name":"Näringslivs-CRM"},"text":"<at>Näringslivs-CRM</at>"},{"type":"clientInfo","locale":"en-GB","platform":"Web"}],
         "channelData":{"tenant":{"id":"tenant-cd"},"teamsChannelId":"19:abc","team":{"id":"19:team"}},
         "someFutureField":{"nested":[1,2,3]}}
        """;

    [Fact]
    public void Deserialize_TeamsChannelMessage_ReadsFieldsAndIgnoresUnknown()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("oid-1", activity.From!.AadObjectId);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("mention", activity.Entities![0].Type);
        Assert.Equal("Web", activity.Entities[1].Properties!["platform"].GetString());
    }

    [Fact]
    public void GetTenantId_ChannelDataAndConversationDiffer_PrefersChannelData()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        Assert.Equal("tenant-cd", activity.GetTenantId());
        Assert.Equal("tenant-conv", (activity with { ChannelData = null }).GetTenantId());
    }

    [Fact]
    public void GetTextWithoutMentions_MentionAndEntities_StripsAndDecodes()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        Assert.Equal("hjälp & mer", activity.GetTextWithoutMentions());
        Assert.True(activity.IsEnglish());
    }

    [Fact]
    public void Deserialize_UnknownActivityType_Tolerated()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"handoff","x":1}""", BotJson.Options)!;

        Assert.Equal("handoff", activity.Type);
    }

    [Fact]
    public void Serialize_Reply_OmitsNullsAndUsesCamelCase()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        var json = JsonSerializer.Serialize(activity.CreateReply("Hej"), BotJson.Options);

        Assert.Contains("\"replyToId\":\"1700000000000\"", json, StringComparison.Ordinal);
        Assert.Contains("\"from\":{\"id\":\"28:app\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void GetConversationReference_InstallActivity_CarriesWhatProactiveNeeds()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        var reference = activity.GetConversationReference()!;

        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("tenant-cd", reference.TenantId);
        Assert.Equal("29:1abc", reference.UserId);
        Assert.Equal("28:app", reference.BotId);
    }
}
