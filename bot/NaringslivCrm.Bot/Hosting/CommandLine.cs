using Microsoft.Extensions.Options;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>Runs a command-line entry when the first argument names one; otherwise the web host starts.</summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var commands = app.Services.GetServices<ICliCommand>().ToList();
        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null || args.Contains("--help"))
        {
            var known = string.Join(Environment.NewLine, commands.Select(c => "  " + c.Usage));
            await Console.Out.WriteLineAsync($"Commands:{Environment.NewLine}{known}");
            return command is null ? 2 : 0;
        }

        // The same start-up validation as the web host (ValidateOnStart): a command refuses to run with settings the
        // host would refuse, e.g. a development switch outside Development. Exit 3, each failure on its own line.
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception e) when (e is OptionsValidationException or AggregateException { InnerExceptions: [OptionsValidationException, ..] })
        {
            var failures = (e as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().SelectMany(x => x.Failures)
                ?? ((OptionsValidationException)e).Failures;
            await Console.Error.WriteLineAsync("Ogiltiga inställningar / Invalid settings:" + Environment.NewLine + "  " +
                string.Join(Environment.NewLine + "  ", failures));
            return 3;
        }

        await using var scope = app.Services.CreateAsyncScope();
        foreach (var hosted in app.Services.GetServices<IHostedService>().OfType<Storage.TableInitializer>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return await command.RunAsync(args[1..], CancellationToken.None);
    }
}
