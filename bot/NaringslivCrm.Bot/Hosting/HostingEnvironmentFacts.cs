namespace NaringslivCrm.Bot.Hosting;

/// <summary>Where the app runs, from the environment variables Azure App Service sets.</summary>
public sealed class HostingEnvironmentFacts(Func<string, string?> getVariable)
{
    public static HostingEnvironmentFacts FromProcess { get; } = new(Environment.GetEnvironmentVariable);

    public bool IsAzureAppService =>
        !string.IsNullOrEmpty(getVariable("WEBSITE_SITE_NAME")) || !string.IsNullOrEmpty(getVariable("WEBSITE_INSTANCE_ID"));
}
