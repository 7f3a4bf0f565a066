using System.Text.Json;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// The Teams deep link that opens one follow-up in the personal tab:
/// https://teams.microsoft.com/l/entity/{appId}/{entityId}?context={"subEntityId":"&lt;id&gt;"}. {appId} is the id the
/// org catalog gives the app (for an app in the org catalog it is not the manifest id), {entityId} the manifest's
/// static tab, and the tab reads the follow-up from app.getContext() → page.subPageId (msteams-docs
/// concepts/build-and-test/deep-link-application.md). Every part is URL-encoded.
/// </summary>
public static class FollowUpDeepLink
{
    public static string For(string teamsAppId, string tabEntityId, Guid followUpId)
    {
        var context = JsonSerializer.Serialize(new { subEntityId = followUpId.ToString("N") });
        return $"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(teamsAppId)}/{Uri.EscapeDataString(tabEntityId)}?context={Uri.EscapeDataString(context)}";
    }
}
