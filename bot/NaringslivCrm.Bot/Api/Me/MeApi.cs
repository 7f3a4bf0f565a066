using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Needs;

namespace NaringslivCrm.Bot.Api.Me;

/// <summary>/me, /officers (whom follow-ups can be given to) and /categories.</summary>
public static class MeApi
{
    public sealed record MunicipalityDto(string Code, string Name);

    /// <summary>The signed-in user. Roles: officer, manager, network. Locale: sv or en.</summary>
    public sealed record MeDto(string UserId, string Name, MunicipalityDto Municipality, IReadOnlyList<string> Roles, [property: AllowedValues("sv", "en")] string Locale);

    public sealed record OfficerDto(string UserId, string Name);

    public sealed record CategoryDto(string Id, string Sv, string En);

    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async Task<Ok<MeDto>> (HttpContext http, IOfficerDirectory officers, CancellationToken ct) =>
        {
            var u = http.TabUser();
            if (u.Roles.Contains(TabRoles.Officer) || u.IsManager)
            {
                await officers.RememberAsync(u.Code, u.Ref, ct);
            }

            return TypedResults.Ok(new MeDto(u.UserId, u.Name, new MunicipalityDto(u.Municipality.Code, u.Municipality.Name), u.Roles, u.English ? "en" : "sv"));
        });
        api.MapGet("/officers", async Task<Ok<OfficerDto[]>> (HttpContext http, IOfficerDirectory officers, CancellationToken ct) =>
            TypedResults.Ok((await officers.ListAsync(http.TabUser().Code, ct)).Select(o => new OfficerDto(o.UserId, o.DisplayName)).ToArray()));
        api.MapGet("/categories", (NeedCategoryCatalog catalog) =>
            TypedResults.Ok(catalog.All.Select(c => new CategoryDto(c.Id, c.Swedish, c.English)).ToArray()));
        return api;
    }
}
