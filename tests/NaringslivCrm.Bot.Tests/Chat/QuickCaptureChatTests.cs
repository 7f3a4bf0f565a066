using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Chat;

[Collection(AzuriteCollection.Name)]
public sealed class QuickCaptureChatTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    [Fact]
    public async Task QuickCapture_MessageWithEmoji_DraftNotCrash()
    {
        await Client.PostActivityAsync(Activities.Message("Besök Hammarverken 👍 behöver 40 svetsare 🔥"));

        var draft = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("Utkast från ditt meddelande", draft, StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{OrgNr}\"", draft, StringComparison.Ordinal);
    }
}
