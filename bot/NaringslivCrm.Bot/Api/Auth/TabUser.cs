using System.Security.Claims;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>The signed-in tab user: Entra object id, name, municipality (from tid) and roles.</summary>
public sealed record TabUser(string UserId, string Name, CallerMunicipality Municipality, IReadOnlyList<string> Roles, string? Locale)
{
    public bool IsManager => Roles.Contains(TabRoles.Manager);

    public MunicipalityCode Code => MunicipalityCode.Parse(Municipality.Code).Value;

    public UserRef Ref => new(UserId, Name);

    public bool English => Locale is { } l && l.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>The user of a principal that passed the tab-user policy (oid, tid in the directory).</summary>
    public static TabUser From(ClaimsPrincipal principal, IMunicipalityDirectory municipalities, string? locale)
    {
        var oid = principal.FindFirst(TabClaims.ObjectId)?.Value ?? throw new InvalidOperationException("the tab-user policy did not run");
        var municipality = municipalities.FindByTenant(principal.FindFirst(TabClaims.TenantId)?.Value)
            ?? throw new InvalidOperationException("the tab-user policy did not run");
        return new TabUser(oid, principal.FindFirst(TabClaims.Name)?.Value ?? oid, municipality,
            [.. principal.FindAll(TabClaims.Role).Select(c => c.Value)], locale);
    }
}

/// <summary>Reading the signed-in user in handlers.</summary>
public static class TabUserAccess
{
    public static TabUser TabUser(this HttpContext http) =>
        http.Items[typeof(TabUser)] as TabUser ?? throw new InvalidOperationException("the tab-user policy did not run");
}
