using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Hosting;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>Development tokens never in Azure; a real audience unless development tokens are on.</summary>
public sealed class TabAuthOptionsValidator(HostingEnvironmentFacts facts) : IValidateOptions<TabAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, TabAuthOptions options)
    {
        var failures = new List<string>();
        if (options.DevTokens.Enabled && facts.IsAzureAppService)
        {
            failures.Add("TabAuth:DevTokens:Enabled=true is a local development setting and is refused in Azure App Service");
        }

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
