using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Tenancy;

namespace NaringslivCrm.Bot.Api.Dev;

/// <summary>Development sign-in for local runs outside Teams. 404 unless TabAuth:DevTokens:Enabled (refused outside Development).</summary>
public static class DevEndpoints
{
    public sealed record TokenRequest(string? UserId);

    public static RouteGroupBuilder MapDevSignIn(this RouteGroupBuilder api)
    {
        api.MapGet("/dev/status", (IOptions<TabAuthOptions> options, IMunicipalityDirectory municipalities) =>
        {
            var dev = options.Value.DevTokens;
            return dev.Enabled
                ? Results.Ok(new
                {
                    enabled = true,
                    users = dev.Users.Select(u => new
                    {
                        userId = u.UserId,
                        name = u.Name,
                        municipalityCode = u.MunicipalityCode,
                        municipalityName = municipalities.FindByCode(u.MunicipalityCode)?.Name,
                        roles = u.Roles,
                    }),
                })
                : Results.NotFound();
        });
        api.MapPost("/dev/token", (HttpContext http, TokenRequest? request, IOptions<TabAuthOptions> options, TabAuthTenants tenants,
            DevTokenIssuer issuer, TabTokenValidator validator) =>
        {
            var dev = options.Value.DevTokens;
            if (!dev.Enabled)
            {
                return Results.NotFound();
            }

            var user = dev.Users.FirstOrDefault(u => u.UserId == request?.UserId);
            var tenant = user is null ? null : tenants.FirstTenantOf(user.MunicipalityCode);
            if (user is null || tenant is null)
            {
                return Problems.BadRequest(http, "Okänd demoanvändare.", "Unknown demo user.");
            }

            var (token, expires) = issuer.Issue(user, tenant, validator.DevAudience);
            return Results.Ok(new { accessToken = token, expiresAt = expires });
        });
        return api;
    }
}
