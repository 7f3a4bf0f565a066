using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Import;

namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// send-digest: sends the digest of the ISO week that just ended now to every activated conversation that has not had it (after an outage,
/// or to see it locally). The same claim as the scheduler's keeps it to one per conversation and week. Exit 0.
/// </summary>
public sealed class SendDigestCommand(DigestScheduler scheduler, CommandOutput output) : ICliCommand
{
    public string Name => "send-digest";

    public string Usage => "send-digest";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await output.Error.WriteLineAsync($"Okänt argument. Användning: {Usage}");
            return 2;
        }

        await output.Out.WriteLineAsync(Describe(await scheduler.SendNowAsync(cancellationToken)));
        return 0;
    }

    /// <summary>What the operator reads: never a bare "0 konversationer" without saying why.</summary>
    public static string Describe(DigestRound round)
    {
        if (round.Activated == 0)
        {
            return "Inget veckobrev skickades: ingen konversation är aktiverad. Skriv \"@NaringslivCrm aktivera veckobrev här\" i en grupp- eller kanalchatt först.";
        }

        var parts = new List<string> { $"Veckobrevet för {WeekLabel(round.Week)} skickades nu till {Conversations(round.Sent)}." };
        if (round.AlreadyHad > 0)
        {
            parts.Add($"{Conversations(round.AlreadyHad, capital: true)} hade redan fått det (ett veckobrev per konversation och vecka; " +
                "efter måndagens utskickstid skickar appen själv veckans brev inom en minut efter aktiveringen).");
        }

        if (round.Failed > 0)
        {
            parts.Add($"{Conversations(round.Failed, capital: true)} gick inte att nå nu; nästa omgång försöker igen (se loggen).");
        }

        return string.Join(' ', parts);
    }

    /// <summary>"2026-W48" → "v. 48 2026", as on the card.</summary>
    private static string WeekLabel(string week) =>
        week.Length == 8 && week[4..6] == "-W" ? $"v. {int.Parse(week[6..], System.Globalization.CultureInfo.InvariantCulture)} {week[..4]}" : week;

    private static string Conversations(int n, bool capital = false) =>
        n == 1 ? (capital ? "En konversation" : "en konversation") : $"{n} konversationer";
}
