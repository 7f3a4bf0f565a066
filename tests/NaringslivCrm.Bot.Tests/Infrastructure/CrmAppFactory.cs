using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;

namespace NaringslivCrm.Bot.Tests.Infrastructure;

/// <summary>
/// A fresh host per test against the shared Azurite, with its own table prefix. Environment Development by default,
/// because the tests use the development switches (anonymous bot, local key servers, fake Connector/Graph/Entra), which
/// the host refuses in any other environment; appsettings.Development.json is not read, so every setting a test needs
/// is given here. Tests of what a production host refuses pass environment "Production".
/// </summary>
public sealed class CrmAppFactory(AzuriteFixture azurite, Action<Dictionary<string, string?>>? configure = null,
    Action<IServiceCollection>? services = null, string environment = "Development") : WebApplicationFactory<Program>
{
    public const string TenantA = "11111111-1111-1111-1111-111111111111";
    public const string TenantB = "22222222-2222-2222-2222-222222222222";

    public string TablePrefix { get; } = "t" + Guid.NewGuid().ToString("N")[..10];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Bot:AllowAnonymous"] = "true",
            ["Bot:Retry:BaseDelay"] = "00:00:00.010",
            ["Reminders:Enabled"] = "false",
            ["Digest:Enabled"] = "false",
        };
        TestMunicipalities.Configure(settings);
        configure?.Invoke(settings);
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration(c =>
        {
            foreach (var file in c.Sources.OfType<JsonConfigurationSource>().Where(j => j.Path == $"appsettings.{environment}.json").ToList())
            {
                c.Sources.Remove(file);
            }

            c.AddInMemoryCollection(settings);
        });
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
