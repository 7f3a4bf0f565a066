using System.Net.Http.Json;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Infrastructure;

/// <summary>
/// Builders for Teams-shaped activities, aimed at a fake connector. The test plays Teams: each activity it builds is
/// one Teams delivers in its conversation, so the fake connector learns that conversation (and later refuses others).
/// </summary>
public sealed class Activities(FakeConnector connector, string tenantId = CrmAppFactory.TenantA)
{
    private readonly string serviceUrl = connector.ServiceUrl;
    private int next;

    public string ConversationId { get; init; } = "a:personal-" + Guid.NewGuid().ToString("N")[..8];

    public string UserAadObjectId { get; init; } = Guid.NewGuid().ToString();

    public string Locale { get; init; } = "sv-SE";

    public Activity Message(string text) => Base(ActivityTypes.Message) with { Text = text };

    public Activity Submit(object value) => Base(ActivityTypes.Message) with
    {
        Value = System.Text.Json.JsonSerializer.SerializeToElement(value, BotJson.Options),
    };

    public Activity InstallationAdd() => Base(ActivityTypes.InstallationUpdate) with { Action = "add" };

    public Activity BotAdded() => Base(ActivityTypes.ConversationUpdate) with { MembersAdded = [new ChannelAccount { Id = "28:bot" }] };

    public Activity Invoke(string name, object? value = null) => Base(ActivityTypes.Invoke) with
    {
        Name = name,
        Value = value is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(value, BotJson.Options),
    };

    public Activity Base(string type)
    {
        connector.KnowConversation(ConversationId);
        return Unregistered(type);
    }

    private Activity Unregistered(string type) => new()
    {
        Type = type,
        Id = "act-" + Interlocked.Increment(ref next) + "-" + Guid.NewGuid().ToString("N")[..6],
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Locale = Locale,
        From = new ChannelAccount { Id = "29:user-" + UserAadObjectId[..8], Name = "Anna Berg", AadObjectId = UserAadObjectId },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Näringslivs-CRM" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal", TenantId = tenantId },
        ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
    };
}

/// <summary>Posting activities to the host.</summary>
public static class HostClientExtensions
{
    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, Activity activity, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return client.SendAsync(request);
    }
}
