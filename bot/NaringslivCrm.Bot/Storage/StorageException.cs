namespace NaringslivCrm.Bot.Storage;

/// <summary>What a storage failure means for the caller (see <see cref="StorageFailure"/> for which answer is which).</summary>
public enum StorageFailureKind
{
    /// <summary>No answer, 408, 429 or 5xx: may pass, "try again".</summary>
    Unavailable,

    /// <summary>400 or 413: storage refuses the value (too large); trying again cannot help.</summary>
    RefusedValue,

    /// <summary>Any other refusal (401/403, or a 404/409/412 no adapter expected): a fault, not an outage.</summary>
    Fault,
}

/// <summary>
/// The one exception the storage adapters let out: the Azure SDK's exceptions are translated where the SDK is called
/// (<see cref="StorageFailurePolicy"/> for every request, <see cref="StorageTransactions"/> for a transaction's failed
/// action), so feature code and the error boundaries never see an Azure type. The SDK's exception is the inner one, for the log.
/// </summary>
public sealed class StorageException(StorageFailureKind kind, int status, string? errorCode, Exception? inner, string? property = null)
    : Exception($"Table storage failed: {kind} (status {status}{(errorCode is null ? string.Empty : ", " + errorCode)})", inner)
{
    public StorageFailureKind Kind { get; } = kind;

    /// <summary>The HTTP status storage answered, 0 when it did not answer.</summary>
    public int Status { get; } = status;

    /// <summary>Table Storage's error code (x-ms-error-code, e.g. PropertyValueTooLarge), when it sent one.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>For a refused value: the stored property that was over the limit (e.g. Notes), when it could be found.</summary>
    public string? Property { get; } = property;
}
