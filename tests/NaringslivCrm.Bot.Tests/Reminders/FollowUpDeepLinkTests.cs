using System.Text.Json;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>
/// The feed's deep link opens the follow-up: https://teams.microsoft.com/l/entity/{appId}/{entityId}?context= with
/// entityId = the manifest's static tab and context.subEntityId = the follow-up, which the tab reads as
/// page.subPageId (msteams-docs concepts/build-and-test/deep-link-application.md).
/// </summary>
public sealed class FollowUpDeepLinkTests
{
    [Fact]
    public void DefaultTabEntityId_IsTheManifestsMinaUppfoljningarTab()
    {
        var tab = Manifest.Read().GetProperty("staticTabs").EnumerateArray()
            .Single(t => t.TryGetProperty("contentUrl", out var url) && url.GetString()!.EndsWith("/tab/#/mina-uppfoljningar", StringComparison.Ordinal));

        Assert.Equal(tab.GetProperty("entityId").GetString(), new ReminderOptions().TabEntityId);
    }

    [Fact]
    public void For_EncodesEveryPartAndCarriesTheFollowUpAsSubEntityId()
    {
        var id = Guid.Parse("0123456789abcdef0123456789abcdef");

        var link = new Uri(FollowUpDeepLink.For("app id/with?odd", "minaUppfoljningar", id));

        Assert.Equal(["/", "l/", "entity/", "app%20id%2Fwith%3Fodd/", "minaUppfoljningar"], link.Segments);
        var context = Uri.UnescapeDataString(link.Query["?context=".Length..]);
        Assert.Equal("0123456789abcdef0123456789abcdef", JsonDocument.Parse(context).RootElement.GetProperty("subEntityId").GetString());
    }
}
