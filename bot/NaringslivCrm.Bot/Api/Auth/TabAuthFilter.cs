namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>
/// Every /api/v1 route except the development sign-in: validates the bearer token and puts the <see cref="TabUser"/>
/// on the request. 401/403/503 as ProblemDetails; nothing else runs for a caller without a valid token.
/// </summary>
public sealed class TabAuthFilter(TabTokenValidator validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (user, status, _) = await validator.ValidateAsync(http.Request.Headers.Authorization.ToString(),
            http.Request.Headers.AcceptLanguage.ToString(), http.RequestAborted);
        if (user is null)
        {
            return status switch
            {
                503 => Problems.Of(http, 503, "Inloggningen kan inte kontrolleras just nu. Försök igen om en stund.", "Sign-in cannot be checked right now. Try again shortly."),
                403 => Problems.Of(http, 403, "Din organisation eller behörighet är inte registrerad för appen.", "Your organisation or permission is not registered for the app."),
                _ => Problems.Of(http, 401, "Du är inte inloggad, eller inloggningen har gått ut.", "You are not signed in, or the sign-in has expired."),
            };
        }

        http.Items[typeof(TabUser)] = user;
        return await next(context);
    }
}

/// <summary>Reading the signed-in user in handlers.</summary>
public static class TabUserAccess
{
    public static TabUser TabUser(this HttpContext http) =>
        http.Items[typeof(TabUser)] as TabUser ?? throw new InvalidOperationException("TabAuthFilter did not run");
}
