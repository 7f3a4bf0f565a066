using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>send-reminders: the operator sends due reminders now, also on a Saturday, and never twice.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SendRemindersCommandTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    [Fact]
    public async Task Run_OnSaturdayTwice_SendsEachDueReminderOnce()
    {
        await FollowUpDueAsync(Today, "Ring om elen");
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
        var command = App.Services.GetServices<ICliCommand>().Single(c => c.Name == "send-reminders");

        Assert.Equal(0, await command.RunAsync(["--municipality", "0882"], default));
        Assert.Equal(0, await command.RunAsync([], default));
        Assert.Equal(2, await command.RunAsync(["--municipality", "9999"], default));

        Assert.Contains("Försenad", Assert.Single(Connector.Activities).AllText, StringComparison.Ordinal);
        Assert.Single(Graph.Calls);
    }
}
