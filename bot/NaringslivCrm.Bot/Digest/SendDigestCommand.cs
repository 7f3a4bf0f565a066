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

        var sent = await scheduler.RunOnceAsync(cancellationToken, now: true);
        await output.Out.WriteLineAsync($"Veckobrevet skickat till {sent} konversationer (de som redan fått veckans brev hoppas över).");
        return 0;
    }
}
