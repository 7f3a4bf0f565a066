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

    private static string? OversizedProperty(Request request)
    {
        if (request.Content is null)
        {
            return null;
        }

        using var body = new MemoryStream();
        request.Content.WriteTo(body, CancellationToken.None);
        return StorageLimits.OversizedProperty(body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    private static void ThrowOnError(HttpMessage message)
    {
        if (message.HasResponse && message.Response.IsError && !HandledByAdapters(message.Response.Status))
        {
            var status = message.Response.Status;
            message.Response.Headers.TryGetValue("x-ms-error-code", out var code);
            var kind = StorageFailure.Classify(status);
            throw new StorageException(kind, status, code, new RequestFailedException(message.Response),
                kind == StorageFailureKind.RefusedValue ? OversizedProperty(message.Request) : null);
        }
    }
}
