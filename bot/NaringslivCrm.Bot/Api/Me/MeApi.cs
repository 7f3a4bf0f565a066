using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Needs;

namespace NaringslivCrm.Bot.Api.Me;

/// <summary>/me, /officers (whom follow-ups can be given to) and /categories.</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (HttpContext http, IOfficerDirectory officers, CancellationToken ct) =>
        {
            var u = http.TabUser();
            if (u.Roles.Contains(TabRoles.Officer) || u.IsManager)
            {
                await officers.RememberAsync(u.Code, u.Ref, ct);
            }

            return Results.Ok(new
            {
                userId = u.UserId,
                name = u.Name,
                municipality = new { code = u.Municipality.Code, name = u.Municipality.Name },
                roles = u.Roles,
                locale = u.English ? "en" : "sv",
            });
        });
        api.MapGet("/officers", async (HttpContext http, IOfficerDirectory officers, CancellationToken ct) =>
            Results.Ok((await officers.ListAsync(http.TabUser().Code, ct)).Select(o => new { userId = o.UserId, name = o.DisplayName })));
        api.MapGet("/categories", (NeedCategoryCatalog catalog) =>
            Results.Ok(catalog.All.Select(c => new { id = c.Id, sv = c.Swedish, en = c.English })));
        return api;
    }
}
