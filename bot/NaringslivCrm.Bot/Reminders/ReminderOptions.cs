namespace NaringslivCrm.Bot.Reminders;

/// <summary>Section "Reminders": when and how follow-up reminders go out.</summary>
public sealed class ReminderOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Office hours in Europe/Stockholm; reminders go out only then, on working days.</summary>
    public TimeOnly OfficeHoursStart { get; set; } = new(8, 0);

    public TimeOnly OfficeHoursEnd { get; set; } = new(17, 0);

    public TimeSpan Tick { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Graph activity-feed requests per second per tenant (Graph allows 5).</summary>
    public int GraphRequestsPerSecond { get; set; } = 4;

    public int MaxAttempts { get; set; } = 8;

    /// <summary>Graph base URL (tests point it at a local fake).</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// The id the org catalog gives the Teams app (Teams admin center → Manage apps → App ID), for the deep link that
    /// opens the follow-up in the tab; required when activity-feed notifications are sent.
    /// </summary>
    public string? TeamsAppId { get; set; }

    /// <summary>The entityId of the manifest's personal tab "Mina uppföljningar" (manifest/manifest.json staticTabs).</summary>
    public string TabEntityId { get; set; } = "minaUppfoljningar";

    /// <summary>Where a personal chat is created for someone the bot has no stored chat with (Teams' proactive endpoint).</summary>
    public string ProactiveServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";
}
