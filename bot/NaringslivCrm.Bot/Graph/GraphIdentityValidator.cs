using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Reminders;

namespace NaringslivCrm.Bot.Graph;

/// <summary>
/// The Graph identity is checked at start: with reminders on, outside Development, the app refuses to start without
/// one, naming the setting; a configured identity needs its tenant and exactly one way to authenticate.
/// </summary>
public sealed class GraphIdentityValidator(IOptions<ReminderOptions> reminders, DevelopmentSwitches development) : IValidateOptions<GraphIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphIdentityOptions o)
    {
        var failures = new List<string>();
        development.CheckHost(failures, "Graph:AuthorityHost", o.AuthorityHost, "login.microsoftonline.com");
        if (reminders.Value.Enabled && (o.IsConfigured || !development.Allowed) && string.IsNullOrWhiteSpace(reminders.Value.TeamsAppId))
        {
            failures.Add("Reminders:TeamsAppId is required when Reminders:Enabled=true: the App ID the org catalog gives the app " +
                "(Teams admin center → Manage apps), used in the activity feed's deep link");
        }

        if (!o.IsConfigured)
        {
            if (reminders.Value.Enabled && !development.Allowed)
            {
                failures.Add("Graph:ClientId is required when Reminders:Enabled=true: the Entra app id in the manifest's " +
                    "webApplicationInfo.id, which sends the activity-feed notifications (see docs/deploy.md)");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (string.IsNullOrWhiteSpace(o.TenantId))
        {
            failures.Add("Graph:TenantId is required with Graph:ClientId (the app registration's home tenant)");
        }

        var secret = !string.IsNullOrWhiteSpace(o.ClientSecret);
        var identity = !string.IsNullOrWhiteSpace(o.ManagedIdentityClientId);
        if (secret == identity)
        {
            failures.Add("Graph:ManagedIdentityClientId (federated identity credential, in Azure) or Graph:ClientSecret is required with " +
                "Graph:ClientId — exactly one of them");
        }

        if (!Uri.TryCreate(o.AuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Graph:AuthorityHost must be an absolute https URL");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
