using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using NaringslivCrm.Bot.Tenancy;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>
/// Answers the tab's authorization outcome as ProblemDetails in the caller's language: 401 without a valid token,
/// 503 when the signing keys could not be fetched, 403 for a token without access_as_user or from an unknown tenant,
/// and the route's own text when only the manager role is missing. On success the <see cref="TabUser"/> is put on
/// the request.
/// </summary>
public sealed class TabAuthorizationResultHandler(IMunicipalityDirectory municipalities) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            context.Items[typeof(TabUser)] = TabUser.From(context.User, municipalities, context.Request.Headers.AcceptLanguage.ToString());
            await next(context);
            return;
        }

        if (authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            var problem = context.Items.ContainsKey(TabTokenEvents.KeysUnavailable)
                ? Problems.Of(context, 503, "Inloggningen kan inte kontrolleras just nu. Försök igen om en stund.", "Sign-in cannot be checked right now. Try again shortly.")
                : Problems.Of(context, 401, "Du är inte inloggad, eller inloggningen har gått ut.", "You are not signed in, or the sign-in has expired.");
            await problem.ExecuteAsync(context);
            return;
        }

        var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.ToList() ?? [];
        var managerOnly = context.GetEndpoint()?.Metadata.GetMetadata<ManagerOnly>();
        var onlyRoleMissing = failed.Count > 0 && failed.All(r => r is ClaimsAuthorizationRequirement { ClaimType: TabClaims.Role });
        await (managerOnly is not null && onlyRoleMissing
            ? Problems.Of(context, 403, managerOnly.Swedish, managerOnly.English)
            : Problems.Of(context, 403, "Din organisation eller behörighet är inte registrerad för appen.", "Your organisation or permission is not registered for the app.")).ExecuteAsync(context);
    }
}

/// <summary>Endpoint metadata: the route is for managers, and this is what an officer is told.</summary>
public sealed record ManagerOnly(string Swedish, string English);

/// <summary>Putting tab routes behind the policies.</summary>
public static class TabAuthorizationExtensions
{
    public static TBuilder RequireTabUser<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(TabAuthentication.UserPolicy);

    /// <summary>Only managers (app role manager); officers get 403 with <paramref name="swedish"/> / <paramref name="english"/>.</summary>
    public static TBuilder RequireManager<TBuilder>(this TBuilder builder, string swedish, string english)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(TabAuthentication.ManagerPolicy).WithMetadata(new ManagerOnly(swedish, english));
}
