using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>Wrong reminder settings stop the host at start with a message that names the setting.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReminderSettingsTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Reminders:OfficeHoursStart", "18:00")]
    [InlineData("Reminders:GraphRequestsPerSecond", "0")]
    [InlineData("Reminders:ProactiveServiceUrl", "smba")]
    [InlineData("Reminders:Tick", "00:00:00")]
    public void Start_BadReminderSetting_RefusedNamingIt(string setting, string value)
    {
        using var app = new CrmAppFactory(azurite, s => s[setting] = value);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }
}
