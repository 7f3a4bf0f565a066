namespace NaringslivCrm.Teams.Connector;

/// <summary>The identity endpoint refused or failed to issue a token.</summary>
public sealed class TokenAcquisitionException(string message, int? statusCode = null) : Exception(message)
{
    public int? StatusCode { get; } = statusCode;
}
