namespace NaringslivCrm.Bot.Hosting;

/// <summary>A command-line entry of the host (e.g. "import-companies", "seed-demo"), run instead of the web server.</summary>
public interface ICliCommand
{
    string Name { get; }

    string Usage { get; }

    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
