namespace NaringslivCrm.Teams.Schema;

/// <summary>The synchronous answer to an invoke activity: the HTTP status and JSON body of the inbound POST.</summary>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    public static InvokeResponse NotImplemented() => new(501);

    public static InvokeResponse Ok(object? body = null) => new(200, body);
}
