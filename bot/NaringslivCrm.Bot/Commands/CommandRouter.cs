using System.Text.Json;
using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Commands;

/// <summary>
/// Routes a message to the command whose trigger it starts with (longest trigger wins), or to free-text
/// handlers, or answers with a short hint: never silence.
/// </summary>
public sealed class CommandRouter(
    IEnumerable<IBotCommand> commands, IEnumerable<IFreeTextHandler> freeText, CardActions.CardActionDispatcher cardActions) : IMessageHandler
{
    private readonly List<(string Trigger, IBotCommand Command)> triggers =
        [.. commands.SelectMany(c => c.Triggers.Select(t => (t, c))).OrderByDescending(x => x.t.Length)];

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not null && await cardActions.TryHandleSubmitAsync(turn, cancellationToken))
        {
            return;
        }

        var text = CommandText(turn.Activity);
        if (text.Length == 0)
        {
            // A message that is only a card or a file (e.g. a company card inserted from the search) needs no answer.
            if (turn.Activity.Value is null && turn.Activity.Attachments is not { Count: > 0 })
            {
                await turn.SendTextAsync(BotTexts.For(turn.Activity).UnknownCommand, cancellationToken);
            }

            return;
        }

        foreach (var (trigger, command) in triggers)
        {
            if (Matches(text, trigger))
            {
                await command.ExecuteAsync(turn, text[trigger.Length..].Trim(), cancellationToken);
                return;
            }
        }

        foreach (var handler in freeText)
        {
            if (await handler.TryHandleAsync(turn, text, cancellationToken))
            {
                return;
            }
        }

        await turn.SendTextAsync(BotTexts.For(turn.Activity).UnknownCommand, cancellationToken);
    }

    private static bool Matches(string text, string trigger) =>
        text.StartsWith(trigger, StringComparison.OrdinalIgnoreCase)
        && (text.Length == trigger.Length || !char.IsLetterOrDigit(text[trigger.Length]));

    /// <summary>The typed text without mentions, or a card submit's "command" field.</summary>
    private static string CommandText(Activity activity)
    {
        var text = activity.GetTextWithoutMentions();
        if (text.Length > 0)
        {
            return text;
        }

        return activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("command", out var c) && c.ValueKind == JsonValueKind.String
            ? c.GetString()!.Trim()
            : string.Empty;
    }
}
