using Microsoft.AspNetCore.Diagnostics;

namespace NaringslivCrm.Bot.Api;

/// <summary>
/// The API's one error boundary: storage outages become 503 with a "försök igen" text, a value storage refuses 413 (never "try again"), malformed bodies 400, anything
/// else a neutral 500. Exception text never reaches the caller; the exception is logged once, here.
/// </summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, sv, en) = exception switch
        {
            BadHttpRequestException or System.Text.Json.JsonException => Unreadable(exception),
            _ when Storage.StorageFailure.IsTransient(exception) || exception is HttpRequestException => (503, "Lagringen svarar inte just nu. Försök igen om en stund.", "Storage is not answering right now. Try again shortly."),
            _ when Storage.StorageFailure.IsRefusedValue(exception) => TooLarge(exception),
            _ => (500, "Något gick fel. Försök igen om en stund.", "Something went wrong. Try again shortly."),
        };
        if (status >= 500 || status == 413)
        {
            LogFailed(logger, exception, httpContext.Request.Path);
        }

        await Problems.Of(httpContext, status, sv, en).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>
    /// A body that is not the JSON the route takes: names the field whose value has the wrong type (System.Text.Json's
    /// path, e.g. "$.workingDays" or "$.items[0].id"), or says the body as a whole could not be read.
    /// </summary>
    private static (int, string, string) Unreadable(Exception exception)
    {
        var path = (exception as System.Text.Json.JsonException ?? exception.InnerException as System.Text.Json.JsonException)?.Path;
        var field = path is { Length: > 2 and <= 80 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        return field is null
            ? (400, "Begäran kunde inte läsas: skicka ett JSON-objekt med fälten som anropet tar.", "The request could not be read: send a JSON object with the fields the call takes.")
            : (400, $"Fältet {field} har fel typ eller värde.", $"The field {field} has the wrong type or value.");
    }

    private static (int, string, string) TooLarge(Exception exception)
    {
        var (sv, en) = Localization.StorageRefusalText.For(exception);
        return (413, sv, en);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request to {Path} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);
}
