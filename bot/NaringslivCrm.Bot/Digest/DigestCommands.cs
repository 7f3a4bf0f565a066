using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Bot.Storage.Digest;

namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// "aktivera veckobrev här": a network member listed in Digest:Activators chooses this conversation (a channel, group
/// chat or their own chat) for the weekly digest. Anyone else gets a polite refusal and nothing changes.
/// </summary>
public sealed class ActivateDigestCommand(DigestStore store, IOptions<DigestOptions> options, TimeProvider time) : IBotCommand
{
    public IReadOnlyList<string> Triggers { get; } = ["aktivera veckobrev här", "aktivera veckobrev har", "activate digest here"];

    public async Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var en = turn.Activity.IsEnglish();
        var who = turn.Activity.From?.AadObjectId;
        if (who is null || !options.Value.Activators.Contains(who, StringComparer.OrdinalIgnoreCase))
        {
            await turn.SendTextAsync(en
                ? "Only members of the network's working group can choose where the weekly digest goes. Ask your system administrator to add you (Digest:Activators)."
                : "Bara medlemmar i nätverkets arbetsutskott kan välja var veckobrevet ska skickas. Be systemförvaltningen lägga till dig (Digest:Activators).", cancellationToken);
            return;
        }

        var reference = turn.Activity.GetConversationReference();
        if (reference is null)
        {
            await turn.SendTextAsync(en ? "This conversation cannot receive messages from the app." : "Den här konversationen kan inte ta emot meddelanden från appen.", cancellationToken);
            return;
        }

        await store.ActivateAsync(reference, who, time.GetUtcNow(), cancellationToken);
        var when = options.Value.Schedule == new DigestOptions().Schedule ? (en ? "every Monday at 07:00" : "varje måndag kl. 07.00") : options.Value.Schedule;
        // Past this week's send time the scheduler's next round (within a tick) posts last week's digest here at once.
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime;
        var soon = options.Value.Enabled && WeeklySchedule.Parse(options.Value.Schedule)?.LatestInWeek(local) is not null;
        await turn.SendTextAsync(en
            ? $"Done: the network's weekly digest will come to this conversation {when}." +
              (soon ? " Last week's digest follows here shortly." : string.Empty) +
              " Write \"förhandsgranska veckobrev\" in your personal chat to see this week's so far."
            : $"Klart: nätverkets veckobrev kommer till den här konversationen {when}." +
              (soon ? " Förra veckans brev kommer hit strax." : string.Empty) +
              " Skriv \"förhandsgranska veckobrev\" i din personliga chatt för att se veckans brev hittills.", cancellationToken);
    }
}

/// <summary>
/// "förhandsgranska veckobrev": the coming digest (this week so far, sent next Monday), built now, shown only to the one who asked — in their personal chat.
/// In a channel or group chat the bot asks them to write it in their personal chat instead, so nothing is posted early.
/// </summary>
public sealed class PreviewDigestCommand(DigestBuilder builder, DigestLink link, TimeProvider time) : IBotCommand
{
    public IReadOnlyList<string> Triggers { get; } = ["förhandsgranska veckobrev", "forhandsgranska veckobrev", "preview digest"];

    public async Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var en = turn.Activity.IsEnglish();
        if (turn.Activity.Conversation?.ConversationType is { } type && type != "personal")
        {
            await turn.SendTextAsync(en
                ? "The preview is only for you: write \"förhandsgranska veckobrev\" in your personal chat with the app."
                : "Förhandsgranskningen är bara för dig: skriv \"förhandsgranska veckobrev\" i din personliga chatt med appen.", cancellationToken);
            return;
        }

        var week = DigestBuilder.WeekOf(Domain.Calendar.SwedishCalendar.Today(time));
        var digest = await builder.BuildAsync(week, cancellationToken);
        await turn.SendAttachmentAsync(DigestCard.Build(digest, en, link.Value, preview: true).ToAttachment(), cancellationToken);
    }
}
