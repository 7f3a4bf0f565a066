using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace NaringslivCrm.Bot.Storage;

/// <summary>
/// Outermost step of the Table client's pipeline (per call, so it sees the answer after the SDK's retries): an error
/// answer becomes a <see cref="StorageException"/>, and so does a request that got no answer at all (the transport's
/// RequestFailedException with status 0, the retry policy's AggregateException). 404, 409 and 412 stay the SDK's own:
/// they are answers an adapter expects and handles where it made the request ("already there", "changed meanwhile",
/// "gone"), and the SDK itself relies on them (CreateIfNotExists). Cancellation passes through unchanged.
/// </summary>
public sealed class StorageFailurePolicy : HttpPipelinePolicy
{
    public static bool HandledByAdapters(int status) => status is 404 or 409 or 412;

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException or IOException)
        {
            throw StorageFailure.Translate(e);
        }

        ThrowOnError(message);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException or IOException)
        {
            throw StorageFailure.Translate(e);
        }

        ThrowOnError(message);
    }

    private static void ThrowOnError(HttpMessage message)
    {
        if (message.HasResponse && message.Response.IsError && !HandledByAdapters(message.Response.Status))
        {
            var status = message.Response.Status;
            message.Response.Headers.TryGetValue("x-ms-error-code", out var code);
            throw new StorageException(StorageFailure.Classify(status), status, code, new RequestFailedException(message.Response));
        }
    }
}
