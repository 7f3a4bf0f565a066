using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>
/// What JwtBearer does around validation for the tab: a bearer value that is no JWT or carries no tenant is refused
/// before any key is fetched; an unreachable key endpoint is remembered so that the answer is 503, not 401; a valid
/// token gets its known app roles (or TabAuth:DefaultRole when it carries none).
/// </summary>
public sealed partial class TabTokenEvents(IOptions<TabAuthOptions> tab, ILogger<TabTokenEvents> logger) : JwtBearerEvents
{
    /// <summary>HttpContext item set when the signing keys could not be fetched.</summary>
    public static readonly object KeysUnavailable = new();

    public override async Task MessageReceived(MessageReceivedContext context)
    {
        var raw = Precheck(context);
        if (raw is null || context.Options.ConfigurationManager is not { } keys)
        {
            return;
        }

        try
        {
            // JwtBearer's token handler swallows a failed key fetch and reports "no keys": fetch (or read the cached
            // set) here, so that an unreachable Entra answers 503 and not 401.
            await keys.GetConfigurationAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or OperationCanceledException
            && !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            LogKeysUnavailable(logger, e.GetType().Name);
            context.HttpContext.Items[KeysUnavailable] = true;
            context.Fail(e);
        }
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        var known = context.Principal!.FindAll(TabClaims.Role).Select(c => c.Value.ToLowerInvariant())
            .Where(r => r is TabRoles.Officer or TabRoles.Manager or TabRoles.Network).Distinct().ToList();
        var identity = new ClaimsIdentity(context.Principal.Claims.Where(c => c.Type != TabClaims.Role),
            context.Scheme.Name, TabClaims.Name, TabClaims.Role);
        identity.AddClaims((known.Count > 0 ? known : [tab.Value.DefaultRole]).Select(r => new Claim(TabClaims.Role, r)));
        context.Principal = new ClaimsPrincipal(identity);
        return Task.CompletedTask;
    }

    /// <summary>The raw token, or null when the request is already decided (no bearer, not a JWT, no tenant).</summary>
    private string? Precheck(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            context.NoResult();
            return null;
        }

        var raw = header["Bearer ".Length..].Trim();
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(raw))
        {
            context.Fail("malformed token");
            return null;
        }

        var tid = handler.ReadJsonWebToken(raw).TryGetPayloadValue<string>(TabClaims.TenantId, out var t) ? t : null;
        if (string.IsNullOrEmpty(tid) || tid.Length > 64)
        {
            context.Fail("no tenant in token");
            return null;
        }

        if (context.Scheme.Name == TabAuthentication.DevScheme && !tab.Value.DevTokens.Enabled)
        {
            context.Fail("development tokens are off");
            return null;
        }

        context.Token = raw;
        return raw;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Entra signing keys unavailable ({Error})")]
    private static partial void LogKeysUnavailable(ILogger logger, string error);
}
