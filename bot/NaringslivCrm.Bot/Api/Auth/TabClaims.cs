using System.Security.Claims;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>The Entra access-token claims the tab relies on (names as Entra writes them; inbound mapping is off).</summary>
public static class TabClaims
{
    public const string TenantId = "tid";
    public const string ObjectId = "oid";
    public const string Name = "name";
    public const string Scope = "scp";
    public const string Role = "roles";
    public const string AccessAsUser = "access_as_user";

    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Contains(scope, StringComparer.Ordinal);
}
