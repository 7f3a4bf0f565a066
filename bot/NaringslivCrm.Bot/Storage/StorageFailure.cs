using Azure;

namespace NaringslivCrm.Bot.Storage;

/// <summary>
/// What a storage exception means for the user. Only a failure that can pass is "try again": no answer (status 0:
/// connection refused or reset, timeouts), 408, 429 and 5xx (503 server busy), also inside the AggregateException the
/// Azure SDK throws when its retries are exhausted ("Retry failed after 3 tries"). A value Table Storage refuses
/// (400 PropertyValueTooLarge / InvalidInput, 413 RequestBodyTooLarge / EntityTooLarge) can never succeed: it is
/// "too large", not "try again". Anything else (401/403/404/409/412 reaching a boundary) is a fault, not an outage.
/// </summary>
public static class StorageFailure
{
    public static bool IsTransient(Exception? e) => Find(e) is { } r && Transient(r);

    public static bool IsRefusedValue(Exception? e) => Find(e) is { } r && r.Status is 400 or 413;

    /// <summary>True for the answers that may succeed when tried again.</summary>
    public static bool Transient(RequestFailedException r) => r.Status is 0 or 408 or 429 or >= 500;

    private static RequestFailedException? Find(Exception? e) => e switch
    {
        null => null,
        RequestFailedException r => r,
        AggregateException a => a.InnerExceptions.Select(Find).FirstOrDefault(x => x is not null),
        _ => Find(e.InnerException),
    };
}
