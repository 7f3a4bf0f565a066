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
        e.GetDateTimeOffset("ClosedAt"));
}
