using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Hosting;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>Development tokens and local key servers only in Development; a real audience unless development tokens are on.</summary>
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

        if (!Uri.TryCreate(options.MetadataUrl, UriKind.Absolute, out _))
        {
            failures.Add("TabAuth:MetadataUrl must be an absolute URL");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
