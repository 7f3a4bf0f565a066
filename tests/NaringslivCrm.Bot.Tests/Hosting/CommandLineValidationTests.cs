using System.Diagnostics;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Hosting;

/// <summary>
/// The command-line entries (seed-demo, send-reminders, retention, ...) run the host's start-up validation before
/// any work: the built host, run as an operator would run it, refuses a development switch outside Development.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CommandLineValidationTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("seed-demo")]
    [InlineData("send-reminders")]
    public async Task Run_AnonymousInProduction_RefusedBeforeAnyWrite(string command)
    {
        var prefix = "c" + Guid.NewGuid().ToString("N")[..10];

        var (exit, error) = await RunHostAsync(command, prefix, ("ASPNETCORE_ENVIRONMENT", "Production"), ("Bot__AllowAnonymous", "true"));

        Assert.Equal(3, exit);
        Assert.Contains("Bot:AllowAnonymous=true is a development setting", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal); // a message, not a stack trace
        Assert.Empty(await new TableInspector(azurite, prefix).AllEntitiesAsync());
    }

    [Fact]
    public async Task Run_AnonymousInDevelopment_Runs()
    {
        var prefix = "c" + Guid.NewGuid().ToString("N")[..10];

        var (exit, error) = await RunHostAsync("seed-demo", prefix, ("ASPNETCORE_ENVIRONMENT", "Development"), ("Bot__AllowAnonymous", "true"));

        Assert.True(exit == 0, error);
        Assert.NotEmpty(await new TableInspector(azurite, prefix).AllEntitiesAsync());
    }

    private async Task<(int Exit, string Error)> RunHostAsync(string command, string prefix, params (string Name, string Value)[] environment)
    {
        // The host's build output is copied next to the tests (project reference), runtimeconfig included.
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NaringslivCrm.Bot.dll"), command])
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ConnectionStrings__Tables"] = azurite.ConnectionString;
        info.Environment["Storage__TablePrefix"] = prefix;
        info.Environment["Municipalities__0__Code"] = "0882";
        info.Environment["Municipalities__0__Name"] = "Oskarshamn";
        info.Environment["Municipalities__0__TenantIds__0"] = CrmAppFactory.TenantA;
        info.Environment["Reminders__Enabled"] = "false";
        info.Environment["Digest__Enabled"] = "false";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await error + await output);
    }
}
