namespace NaringslivCrm.Bot.Storage.Contacts;

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

    internal static FollowUpSummary From(Azure.Data.Tables.TableEntity e) => new(
        Guid.Parse(e.GetString("Id")),
        e.GetString("Company"),
        e.GetString("CompanyName") ?? string.Empty,
        e.GetString("Description") ?? string.Empty,
        e.GetString("OwnerId"),
        e.GetString("OwnerName") ?? string.Empty,
        DateOnly.Parse(e.GetString("DueDate"), System.Globalization.CultureInfo.InvariantCulture),
        e.GetString("Status"),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("ClosedAt"))
    {
        Version = e.GetInt32("Version") ?? 0,
        Categories = (e.GetString("Categories") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
    };
}
