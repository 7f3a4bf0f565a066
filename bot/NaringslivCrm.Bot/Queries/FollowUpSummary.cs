namespace NaringslivCrm.Bot.Queries;

/// <summary>What a list shows of a follow-up, read from its index row.</summary>
public sealed record FollowUpSummary(
    Guid Id,
    string CompanyOrgNr,
    string CompanyName,
    string Description,
    string OwnerId,
    string OwnerName,
    DateOnly DueDate,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt)
{
    /// <summary>The follow-up's version (number of changes): the tab's ETag.</summary>
    public int Version { get; init; }

    /// <summary>Need categories of the contact the follow-up came from.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
