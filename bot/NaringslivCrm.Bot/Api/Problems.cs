using Microsoft.AspNetCore.Http.HttpResults;

namespace NaringslivCrm.Bot.Api;

/// <summary>RFC 7807 answers with a Swedish detail (English when the caller's language is English).</summary>
public static class Problems
{
    public static ProblemHttpResult Of(HttpContext http, int status, string sv, string en, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(
            detail: English(http) ? en : sv,
            statusCode: status,
            title: Title(status, English(http)),
            extensions: extensions);

    public static ProblemHttpResult NotFound(HttpContext http, string sv, string en) => Of(http, 404, sv, en);

    public static ProblemHttpResult BadRequest(HttpContext http, string sv, string en) => Of(http, 400, sv, en);

    /// <summary>A refusal with its stable code (e.g. "feedback-note.too-long"), so a caller can tell which field and rule.</summary>
    public static ProblemHttpResult Validation(HttpContext http, Domain.Common.ValidationError error, int status = 400, IDictionary<string, object?>? extensions = null) =>
        Of(http, status, error.Swedish, error.English, new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = error.Code });

    public static bool English(HttpContext http) =>
        http.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase);

    private static string Title(int status, bool en) => (status, en) switch
    {
        (400, false) => "Felaktig begäran",
        (401, false) => "Inte inloggad",
        (403, false) => "Saknar behörighet",
        (404, false) => "Hittades inte",
        (412, false) => "Ändrad av någon annan",
        (428, false) => "Version saknas",
        (503, false) => "Tillfälligt otillgänglig",
        (_, false) => "Fel",
        (400, true) => "Bad request",
        (401, true) => "Not signed in",
        (403, true) => "Forbidden",
        (404, true) => "Not found",
        (412, true) => "Changed by someone else",
        (428, true) => "Version required",
        (503, true) => "Temporarily unavailable",
        _ => "Error",
    };
}
