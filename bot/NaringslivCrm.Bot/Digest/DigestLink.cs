using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Reminders;

namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// Where the digest card's "Visa mer" leads: <c>Digest:TabLink</c> when set, else the Teams deep link to the app's
/// "Företag" tab, https://teams.microsoft.com/l/entity/{Reminders:TeamsAppId}/foretag (the same form as the feed's
/// <see cref="FollowUpDeepLink"/>, msteams-docs concepts/build-and-test/deep-link-application.md), so a deployment that
/// sets the app id gets the button without a second setting. None when neither is set (local runs).
/// </summary>
public sealed class DigestLink(IOptions<DigestOptions> digest, IOptions<ReminderOptions> reminders)
{
    /// <summary>The manifest's static tab with the firms, their signals and red flags (manifest/manifest.json).</summary>
    public const string CompaniesTabEntityId = "foretag";

    public string? Value => digest.Value.TabLink is { Length: > 0 } link
        ? link
        : reminders.Value.TeamsAppId is { Length: > 0 } app
            ? $"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(app)}/{CompaniesTabEntityId}"
            : null;
}
