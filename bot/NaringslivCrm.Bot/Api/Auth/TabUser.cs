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
}
