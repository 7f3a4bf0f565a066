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

        await using var scope = app.Services.CreateAsyncScope();
        foreach (var hosted in app.Services.GetServices<IHostedService>().OfType<Storage.TableInitializer>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return await command.RunAsync(args[1..], CancellationToken.None);
    }
}
