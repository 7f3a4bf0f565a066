using Microsoft.AspNetCore.Authorization;
using NaringslivCrm.Bot.Tenancy;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>The token's tenant (tid) maps to a configured municipality and the token names its user (oid).</summary>
public sealed class MunicipalityMemberRequirement : IAuthorizationRequirement;

/// <summary>Looks the token's tenant up in the municipality directory.</summary>
public sealed class MunicipalityMemberHandler(IMunicipalityDirectory municipalities) : AuthorizationHandler<MunicipalityMemberRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MunicipalityMemberRequirement requirement)
    {
        if (municipalities.FindByTenant(context.User.FindFirst(TabClaims.TenantId)?.Value) is not null
            && !string.IsNullOrEmpty(context.User.FindFirst(TabClaims.ObjectId)?.Value))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
