using System.Globalization;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>The read models of <see cref="Queries"/> from their index and stats rows.</summary>
internal static class SummaryRows
{
    public static FollowUpSummary FollowUp(TableEntity e) => new(
        Guid.Parse(e.GetString("Id")),
        e.GetString("Company"),
        e.GetString("CompanyName") ?? string.Empty,
        e.GetString("Description") ?? string.Empty,
        e.GetString("OwnerId"),
        e.GetString("OwnerName") ?? string.Empty,
        DateOnly.Parse(e.GetString("DueDate"), CultureInfo.InvariantCulture),
        e.GetString("Status"),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("ClosedAt"))
    {
        Version = e.GetInt32("Version") ?? 0,
        Categories = (e.GetString("Categories") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
    };

    public static InteractionSummary Interaction(TableEntity e) => new(
        Guid.Parse(e.GetString("Id")),
        e.GetString("Kind"),
        DateOnly.Parse(e.GetString("Date"), CultureInfo.InvariantCulture),
        e.GetBoolean("Confidential") ?? false,
        e.GetString("RecordedByName") ?? string.Empty,
        (e.GetString("NeedCategories") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
        (e.GetString("SignalTypes") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries));

    public static CompanyStats Stats(TableEntity e) => new(
        e.GetString(InteractionCounters.LastContact) is { } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : null,
        e.GetInt32(InteractionCounters.OpenNeeds) ?? 0,
        e.GetInt32(InteractionCounters.OpenSignals) ?? 0,
        e.GetInt32(FollowUpCounters.OpenFollowUps) ?? 0);
}
