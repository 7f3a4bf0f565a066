namespace NaringslivCrm.Bot.Digest;

/// <summary>Reads a municipality's weekly rollup row (one point read): the digest never touches contacts.</summary>
public interface IWeekRollupReader
{
    Task<WeekReport> ReadAsync(string code, string name, string week, CancellationToken cancellationToken);
}
