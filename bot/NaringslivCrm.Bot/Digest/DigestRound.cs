namespace NaringslivCrm.Bot.Digest;

/// <summary>One round of the digest: the reported ISO week, and per activated conversation whether it got the digest now,
/// had already got this week's (from the scheduler or an earlier run), or could not be reached (tried again next round).</summary>
public sealed record DigestRound(string Week, int Sent, int AlreadyHad, int Failed)
{
    public int Activated => Sent + AlreadyHad + Failed;
}
