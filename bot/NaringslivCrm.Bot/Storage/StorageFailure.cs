using Azure;

namespace NaringslivCrm.Bot.Storage;

/// <summary>
/// What a storage exception means for the user. Only a failure that can pass is "try again": no answer (status 0:
/// connection refused or reset, timeouts), 408, 429 and 5xx (503 server busy), also inside the AggregateException the
/// Azure SDK throws when its retries are exhausted ("Retry failed after 3 tries"). A value Table Storage refuses
/// (400 PropertyValueTooLarge / InvalidInput, 413 RequestBodyTooLarge / EntityTooLarge) can never succeed: it is
/// "too large", not "try again". Anything else (401/403/404/409/412 reaching a boundary) is a fault, not an outage.
/// The adapters translate the SDK's exceptions into <see cref="StorageException"/> with this classification.
/// </summary>
public static class StorageFailure
{
    public static bool IsTransient(Exception? e) => KindOf(e) == StorageFailureKind.Unavailable;

    public static bool IsRefusedValue(Exception? e) => KindOf(e) == StorageFailureKind.RefusedValue;

    /// <summary>True for the answers that may succeed when tried again.</summary>
    public static bool Transient(RequestFailedException r) => Classify(r.Status) == StorageFailureKind.Unavailable;

    public static StorageFailureKind Classify(int status) => status switch
    {
        0 or 408 or 429 or >= 500 => StorageFailureKind.Unavailable,
        400 or 413 => StorageFailureKind.RefusedValue,
        _ => StorageFailureKind.Fault,
    };

    /// <summary>The kind of a storage failure anywhere in <paramref name="e"/> (its inner or aggregated exceptions); null when it is none.</summary>
    public static StorageFailureKind? KindOf(Exception? e) => e switch
    {
        null => null,
        StorageException s => s.Kind,
        RequestFailedException r => Classify(r.Status),
        AggregateException a => a.InnerExceptions.Select(KindOf).FirstOrDefault(k => k is not null),
        _ => KindOf(e.InnerException),
    };

    /// <summary>
    /// The app's exception for an SDK failure: its status and error code when storage answered; no answer at all
    /// (a transport failure, the retry policy's aggregate of them) is <see cref="StorageFailureKind.Unavailable"/>.
    /// </summary>
    public static StorageException Translate(Exception e)
    {
        var failed = Find(e);
        var status = failed?.Status ?? 0;
        return new StorageException(failed is null ? StorageFailureKind.Unavailable : Classify(status), status, failed?.ErrorCode, e);
    }

    private static RequestFailedException? Find(Exception? e) => e switch
    {
        null => null,
        RequestFailedException r => r,
        AggregateException a => a.InnerExceptions.Select(Find).FirstOrDefault(x => x is not null),
        _ => Find(e.InnerException),
    };
}
