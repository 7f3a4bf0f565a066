namespace NaringslivCrm.Bot.Api;

/// <summary>One page of a list: the items and the token for the next page (null at the end).</summary>
public sealed record ItemsPage<T>(IReadOnlyList<T> Items, string? ContinuationToken);

/// <summary>A whole (short) list wrapped in an object, so the body can grow fields later without breaking callers.</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items);
