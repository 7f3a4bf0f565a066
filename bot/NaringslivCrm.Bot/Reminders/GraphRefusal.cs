namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// What a refusal from sendActivityNotification means, read from the status and Graph's error code and message.
/// A 403 is not always "not installed":
/// <list type="bullet">
/// <item>403 "… is not authorized to generate custom text notifications … Ensure that the expected Teams app is
/// installed in the target scope" → no Teams app with our Entra app id is installed for the recipient
/// (OfficeDev/microsoft-365-agents-toolkit#6067);</item>
/// <item>409 Conflict "Found multiple applications with the same Microsoft Entra App ID" → two Teams apps share the
/// webApplicationInfo id (graph docs concepts/teams-send-activityfeednotifications.md, FAQ);</item>
/// <item>any other 401/403 (code Forbidden, Authorization_RequestDenied, AccessDenied, InvalidAuthenticationToken,
/// often with an empty message — osodevops/ms-teams-cli#83) → the app lacks TeamsActivity.Send or its token is refused;</item>
/// <item>429 and 5xx → retry later; 404 → the user does not exist (not deliverable); other 4xx → failed.</item>
/// </list>
/// </summary>
public static class GraphRefusal
{
    public static FeedResult Classify(int status, string? code, string? message)
    {
        var problem = $"graph {status}: {code}";
        if (status is 429 or >= 500)
        {
            return new FeedResult(FeedOutcome.RetryLater, Problem: $"graph {status}");
        }

        if (status == 409)
        {
            return new FeedResult(FeedOutcome.AppMismatch, Problem: problem);
        }

        if (status == 403 && message is not null
            && message.Contains("Teams app is installed", StringComparison.OrdinalIgnoreCase))
        {
            return new FeedResult(FeedOutcome.NotInstalled, Problem: problem);
        }

        return status is 401 or 403
            ? new FeedResult(FeedOutcome.PermissionMissing, Problem: problem)
            : new FeedResult(FeedOutcome.Failed, Problem: problem);
    }
}
