namespace NaringslivCrm.Teams.Connector;

/// <summary>The Bot Connector refused a call; <see cref="SubCode"/> carries e.g. MessageWritesBlocked.</summary>
public sealed class ConnectorException(int statusCode, string? code, string? subCode)
    : Exception($"Bot Connector answered {statusCode} ({code ?? "no code"}{(subCode is null ? "" : "/" + subCode)})")
{
    public int StatusCode { get; } = statusCode;

    public string? Code { get; } = code;

    public string? SubCode { get; } = subCode;

    /// <summary>The user blocked or uninstalled the app: stop writing to this conversation.</summary>
    public bool IsMessageWritesBlocked =>
        StatusCode == 403 && (string.Equals(SubCode, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase)
            || string.Equals(Code, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase));
}
