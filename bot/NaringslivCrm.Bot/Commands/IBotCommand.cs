using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Commands;

/// <summary>A chat command: matched by its trigger words at the start of the message.</summary>
public interface IBotCommand
{
    /// <summary>Lower-case trigger phrases ("hjälp", "help").</summary>
    IReadOnlyList<string> Triggers { get; }

    /// <param name="arguments">What follows the trigger, trimmed.</param>
    Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken);
}

/// <summary>Gets a message that matched no command (quick capture, or a hint).</summary>
public interface IFreeTextHandler
{
    /// <summary>Returns false when the text is not for this handler.</summary>
    Task<bool> TryHandleAsync(TurnContext turn, string text, CancellationToken cancellationToken);
}
