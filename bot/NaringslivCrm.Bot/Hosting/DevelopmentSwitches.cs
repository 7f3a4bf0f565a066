namespace NaringslivCrm.Bot.Hosting;

/// <summary>
/// Settings that exist for local runs and tests (anonymous bot, development sign-in, local key servers, plain-HTTP
/// metadata, fake Entra/Graph/Connector endpoints) are accepted only when the environment is Development, whatever
/// the host: App Service, a container, a VM, Container Apps or AKS. The environment comes from ASPNETCORE_ENVIRONMENT
/// (or DOTNET_ENVIRONMENT) and is Production when unset.
/// </summary>
public sealed class DevelopmentSwitches(IHostEnvironment environment)
{
    public bool Allowed => environment.IsDevelopment();

    /// <summary>Adds a failure naming the setting when it is switched on outside Development.</summary>
    public void Check(List<string> failures, string setting, bool switchedOn, string value)
    {
        if (switchedOn && !Allowed)
        {
            failures.Add($"{setting}={value} is a development setting and is refused when the environment is " +
                $"'{environment.EnvironmentName}' (allowed only when ASPNETCORE_ENVIRONMENT=Development)");
        }
    }

    /// <summary>Outside Development a service URL must be https on the given host (not a local fake).</summary>
    public void CheckHost(List<string> failures, string setting, string? url, string host)
    {
        var official = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps && string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase);
        Check(failures, setting, !official, url ?? string.Empty);
    }
}
