namespace NaringslivCrm.Teams.Authentication;

/// <summary>The outcome of checking an inbound request: accepted, or the HTTP status and a reason for the log.</summary>
public sealed record BotAuthenticationResult(bool IsAuthenticated, int StatusCode, string? Reason, bool IsAnonymous = false)
{
    public static BotAuthenticationResult Anonymous { get; } = new(true, 200, null, IsAnonymous: true);

    public static BotAuthenticationResult Authenticated { get; } = new(true, 200, null);

    public static BotAuthenticationResult Unauthorized(string reason) => new(false, 401, reason);

    public static BotAuthenticationResult Unavailable(string reason) => new(false, 503, reason);
}
