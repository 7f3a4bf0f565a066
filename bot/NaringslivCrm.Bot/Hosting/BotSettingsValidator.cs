using Microsoft.Extensions.Options;
using NaringslivCrm.Teams.Authentication;
using NaringslivCrm.Teams.Connector;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>
/// The bot's settings, checked together at start: a missing or contradictory setting stops the app with a
/// message that names it. Test switches are refused outside Development.
/// </summary>
public sealed class BotSettingsValidator(IOptions<BotCredentialsOptions> credentials, DevelopmentSwitches development) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var c = credentials.Value;
        var failures = new List<string>();
        development.Check(failures, "Bot:AllowAnonymous", options.AllowAnonymous, "true");
        development.Check(failures, "Bot:RequireHttpsMetadata", !options.RequireHttpsMetadata, "false");
        development.Check(failures, "Bot:OpenIdMetadataUrl",
            options.OpenIdMetadataUrl != BotAuthenticationOptions.DefaultMetadataUrl, options.OpenIdMetadataUrl);
        development.CheckHost(failures, "BotCredentials:AuthorityHost", c.AuthorityHost, "login.microsoftonline.com");

        var type = c.MicrosoftAppType;
        if (!options.AllowAnonymous || !string.IsNullOrEmpty(type))
        {
            if (type is not (BotCredentialsOptions.SingleTenant or BotCredentialsOptions.UserAssignedMsi))
            {
                failures.Add($"MicrosoftAppType must be {BotCredentialsOptions.SingleTenant} or {BotCredentialsOptions.UserAssignedMsi} (was '{type}')");
            }

            if (string.IsNullOrWhiteSpace(c.MicrosoftAppId))
            {
                failures.Add("MicrosoftAppId is required unless Bot:AllowAnonymous=true");
            }

            if (string.IsNullOrWhiteSpace(c.MicrosoftAppTenantId))
            {
                failures.Add("MicrosoftAppTenantId is required for SingleTenant and UserAssignedMSI bots");
            }

            if (type == BotCredentialsOptions.SingleTenant && string.IsNullOrWhiteSpace(c.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant");
            }
        }

        if (options.MaxRequestBytes is < 1024 or > 4 * 1024 * 1024)
        {
            failures.Add("Bot:MaxRequestBytes must be between 1024 and 4194304");
        }

        if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out _))
        {
            failures.Add("Bot:OpenIdMetadataUrl must be an absolute URL");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
