namespace NaringslivCrm.Bot.Import;

/// <summary>Where command-line entries write: standard output and error by default; tests give their own writers.</summary>
public sealed class CommandOutput(TextWriter output, TextWriter error)
{
    public static CommandOutput Console { get; } = new(System.Console.Out, System.Console.Error);

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;
}
