namespace NaringslivCrm.Teams.Connector;

/// <summary>A cached token and when to stop using it.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset RefreshAfter);
