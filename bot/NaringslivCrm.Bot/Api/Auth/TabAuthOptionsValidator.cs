using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Hosting;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>
/// Development tokens and local key servers only in Development; outside it the tab's audience (client id and
/// Application ID URI) is required, as an empty audience would refuse every tab token.
/// </summary>
public sealed class TabAuthOptionsValidator(DevelopmentSwitches development) : IValidateOptions<TabAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, TabAuthOptions options)
    {
        var failures = new List<string>();
        development.Check(failures, "TabAuth:DevTokens:Enabled", options.DevTokens.Enabled, "true");
        development.Check(failures, "TabAuth:RequireHttpsMetadata", !options.RequireHttpsMetadata, "false");
        development.CheckHost(failures, "TabAuth:MetadataUrl", options.MetadataUrl, "login.microsoftonline.com");

        if (options.DefaultRole is not (TabRoles.Officer or TabRoles.Manager or TabRoles.Network))
        {
            failures.Add("TabAuth:DefaultRole must be officer, manager or network");
        }

        if (!development.Allowed)
        {
            // Without an audience no tab token is valid: every tab request would answer 401.
            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                failures.Add("TabAuth:ClientId is required outside Development: the Entra app id in the manifest's webApplicationInfo.id (v2 tokens' audience)");
            }

            if (string.IsNullOrWhiteSpace(options.ApplicationIdUri))
            {
                failures.Add("TabAuth:ApplicationIdUri is required outside Development: api://<host>/<TabAuth:ClientId>, the manifest's webApplicationInfo.resource (v1 tokens' audience)");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.ApplicationIdUri) && !string.IsNullOrWhiteSpace(options.ClientId)
            && !(options.ApplicationIdUri.StartsWith("api://", StringComparison.Ordinal) && options.ApplicationIdUri.EndsWith("/" + options.ClientId, StringComparison.Ordinal)))
        {
            failures.Add("TabAuth:ApplicationIdUri must be api://<host>/<TabAuth:ClientId> (as webApplicationInfo.resource in the manifest)");
        }

        if (!Uri.TryCreate(options.MetadataUrl, UriKind.Absolute, out _))
        {
            failures.Add("TabAuth:MetadataUrl must be an absolute URL");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
