using Azure;

namespace NaringslivCrm.Bot.Storage;

/// <summary>
/// Whether an exception means Table Storage did not answer: a RequestFailedException anywhere in it, also inside the
/// AggregateException the Azure SDK throws when its retries are exhausted ("Retry failed after 3 tries").
/// </summary>
public static class StorageFailure
{
    public static bool Is(Exception? e) => e switch
    {
        null => false,
        RequestFailedException => true,
        AggregateException a => a.InnerExceptions.Any(Is),
        _ => Is(e.InnerException),
    };
}
