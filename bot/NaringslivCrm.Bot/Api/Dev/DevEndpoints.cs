using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Tenancy;

namespace NaringslivCrm.Bot.Api.Dev;

/// <summary>Development sign-in for local runs outside Teams. 404 unless TabAuth:DevTokens:Enabled (refused outside Development).</summary>
public static class DevEndpoints
{
    public sealed record TokenRequest(string? UserId);

    public sealed record DevUserDto(string UserId, string Name, string MunicipalityCode, string? MunicipalityName, IReadOnlyList<string> Roles);

    public sealed record DevStatus(bool Enabled, IReadOnlyList<DevUserDto> Users);

    public sealed record DevToken(string AccessToken, DateTimeOffset ExpiresAt);

    public static RouteGroupBuilder MapDevSignIn(this RouteGroupBuilder api)
    {
        api.MapGet("/dev/status", Results<Ok<DevStatus>, NotFound> (IOptions<TabAuthOptions> options, IMunicipalityDirectory municipalities) =>
        {
            var dev = options.Value.DevTokens;
            return dev.Enabled
                ? TypedResults.Ok(new DevStatus(true, [.. dev.Users.Select(u =>
                    new DevUserDto(u.UserId, u.Name, u.MunicipalityCode, municipalities.FindByCode(u.MunicipalityCode)?.Name, u.Roles))]))
                : TypedResults.NotFound();
        });
        api.MapPost("/dev/token", Results<Ok<DevToken>, NotFound, ProblemHttpResult> (HttpContext http, TokenRequest? request, IOptions<TabAuthOptions> options, TabAuthTenants tenants,
            DevTokenIssuer issuer) =>
        {
            var dev = options.Value.DevTokens;
            if (!dev.Enabled)
            {
                return TypedResults.NotFound();
            }

            var user = dev.Users.FirstOrDefault(u => u.UserId == request?.UserId);
            var tenant = user is null ? null : tenants.FirstTenantOf(user.MunicipalityCode);
            if (user is null || tenant is null)
            {
                return Problems.BadRequest(http, "Okänd demoanvändare.", "Unknown demo user.");
            }

            var (token, expires) = issuer.Issue(user, tenant, DevTokenIssuer.AudienceFor(options.Value));
            return TypedResults.Ok(new DevToken(token, expires));
        }).ProducesProblem(400);
        return api;
    }
}
