using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NaringslivCrm.Bot.Tests.Infrastructure;

/// <summary>
/// A fresh host per test against the shared Azurite, with its own table prefix. Environment "Testing", so no
/// development settings leak in; every setting a test needs is given here.
/// </summary>
public sealed class CrmAppFactory(AzuriteFixture azurite, Action<Dictionary<string, string?>>? configure = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
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
            ["Municipalities:0:Code"] = "0882",
            ["Municipalities:0:Name"] = "Oskarshamn",
            ["Municipalities:0:TenantIds:0"] = TenantA,
            ["Municipalities:1:Code"] = "2584",
            ["Municipalities:1:Name"] = "Kiruna",
            ["Municipalities:1:TenantIds:0"] = TenantB,
            ["Bot:Retry:BaseDelay"] = "00:00:00.010",
            ["Reminders:Enabled"] = "false",
            ["Digest:Enabled"] = "false",
        };
        configure?.Invoke(settings);
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
