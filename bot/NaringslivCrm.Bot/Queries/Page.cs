namespace NaringslivCrm.Bot.Queries;

/// <summary>One page of a list and the token for the next (null at the end).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);
