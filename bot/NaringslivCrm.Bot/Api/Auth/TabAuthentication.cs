using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>
/// The tab's sign-in through ASP.NET Core authentication: one JwtBearer scheme for Teams SSO tokens (Entra), one for
/// development tokens (only while TabAuth:DevTokens:Enabled), and a policy scheme that picks between them by the
/// token's issuer. No default scheme: the bot's /api/messages authenticates its own way and never runs these.
/// </summary>
public static class TabAuthentication
{
    /// <summary>The scheme the tab API's policies use.</summary>
    public const string Scheme = "Tab";

    public const string EntraScheme = "TabEntra";

    public const string DevScheme = "TabDev";

    /// <summary>Every tab route: a valid token with scope access_as_user from a tenant that maps to a municipality.</summary>
    public const string UserPolicy = "tab-user";

    /// <summary>Routes for the head of the business office.</summary>
    public const string ManagerPolicy = "tab-manager";

    public static IServiceCollection AddTabAuthentication(this IServiceCollection services)
    {
        services.AddHttpClient(EntraScheme, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<TabTokenEvents>();
        services.ConfigureOptions<TabJwtBearerSetup>();
        services.AddAuthentication()
            .AddPolicyScheme(Scheme, "Teams SSO or development sign-in", o => o.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer(EntraScheme, _ => { })
            .AddJwtBearer(DevScheme, _ => { });
        services.AddSingleton<IAuthorizationHandler, MunicipalityMemberHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TabAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(UserPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()
                .RequireAssertion(c => TabClaims.HasScope(c.User, TabClaims.AccessAsUser))
                .AddRequirements(new MunicipalityMemberRequirement()))
            .AddPolicy(ManagerPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()
                .RequireAssertion(c => TabClaims.HasScope(c.User, TabClaims.AccessAsUser))
                .AddRequirements(new MunicipalityMemberRequirement())
                .RequireClaim(TabClaims.Role, TabRoles.Manager));
        return services;
    }

    /// <summary>Development tokens go to the development scheme (which exists only to be refused when they are off).</summary>
    private static string SelectScheme(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var handler = new JsonWebTokenHandler();
            var raw = header["Bearer ".Length..].Trim();
            if (handler.CanReadToken(raw) && handler.ReadJsonWebToken(raw).Issuer.StartsWith(DevTokenIssuer.IssuerPrefix, StringComparison.Ordinal))
            {
                return DevScheme;
            }
        }

        return EntraScheme;
    }
}
