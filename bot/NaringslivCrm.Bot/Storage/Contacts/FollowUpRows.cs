using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>
/// Maps a follow-up to its main row and its index rows in table "Crm". Index rows carry the fields lists show,
/// so a list screen is one range query. The main row remembers its index keys so an update can remove stale ones.
/// </summary>
internal static class FollowUpRows
{
    private sealed record EventDto(FollowUpAction Action, string ById, string ByName, DateTimeOffset At, string? Detail);

    public static TableEntity MainRow(FollowUp f, string companyName, string categories = "")
    {
        var e = Summary(f, CrmKeys.FollowUp(f.Id), companyName, categories);
        e["InteractionId"] = f.InteractionId?.ToString("N");
        e["ClosingNote"] = f.ClosingNote;
        e["History"] = StorageJson.Write(f.History.Select(Dto));
        e["LastReassignment"] = f.LastReassignment is { } r ? StorageJson.Write(Dto(r)) : null;
        e["LastReassignmentVersion"] = f.LastReassignmentVersion;
        e["IndexKeys"] = string.Join('\n', IndexKeys(f));
        return e;
    }

    public static IEnumerable<TableEntity> Indexes(FollowUp f, string companyName, string categories = "") =>
        IndexKeys(f).Select(k => Summary(f, k, companyName, categories));

    public static IReadOnlyList<string> IndexKeys(FollowUp f)
    {
        var done = f.Status == FollowUpStatus.Done;
        var keys = new List<string>
        {
            CrmKeys.FollowUpByOwner(f.Owner.UserId, done, f.DueDate, f.Id),
            CrmKeys.FollowUpByCompany(f.Company, f.DueDate, f.Id),
        };
        if (!done)
        {
            keys.Add(CrmKeys.OpenFollowUpByDue(f.DueDate, f.Id));
        }

        return keys;
    }

    public static IReadOnlyList<string> StoredIndexKeys(TableEntity main) =>
        (main.GetString("IndexKeys") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Transaction actions that replace a stored follow-up (ETag-checked) and move its index rows.</summary>
    public static List<TableTransactionAction> Update(FollowUp f, string companyName, string categories, ETag etag, IReadOnlyList<string> oldIndexKeys)
    {
        var main = MainRow(f, companyName, categories);
        main.ETag = etag;
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, main, etag) };
        var newKeys = IndexKeys(f);
        actions.AddRange(oldIndexKeys.Except(newKeys).Select(k =>
            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(main.PartitionKey, k), ETag.All)));
        actions.AddRange(Indexes(f, companyName, categories).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, i)));
        return actions;
    }

    public static FollowUp Restore(TableEntity e)
    {
        var history = StorageJson.Read(e.GetString("History"), Array.Empty<EventDto>()).Select(Event);
        var reassigned = e.GetString("LastReassignment") is { Length: > 0 } r ? StorageJson.Read<EventDto?>(r, null) : null;
        return FollowUp.Restore(
            Guid.Parse(e.GetString("Id")),
            MunicipalityCode.Parse(e.PartitionKey).Value,
            OrgNumber.Parse(e.GetString("Company")).Value,
            e.GetString("InteractionId") is { Length: > 0 } i ? Guid.Parse(i) : null,
            e.GetString("Description") ?? string.Empty,
            new UserRef(e.GetString("OwnerId"), e.GetString("OwnerName")),
            DateOnly.Parse(e.GetString("DueDate"), System.Globalization.CultureInfo.InvariantCulture),
            Enum.Parse<FollowUpStatus>(e.GetString("Status")),
            e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            e.GetDateTimeOffset("ClosedAt"),
            e.GetString("ClosingNote"),
            history,
            e.ETag.ToString(),
            e.GetInt32("Version"),
            reassigned is null ? null : Event(reassigned),
            e.GetInt32("LastReassignmentVersion") ?? 0);
    }

    private static EventDto Dto(FollowUpEvent h) => new(h.Action, h.By.UserId, h.By.DisplayName, h.At, h.Detail);

    private static FollowUpEvent Event(EventDto h) => new(h.Action, new UserRef(h.ById, h.ByName), h.At, h.Detail);

    private static TableEntity Summary(FollowUp f, string rowKey, string companyName, string categories) => new(f.Municipality.Value, rowKey)
    {
        ["Version"] = f.Version,
        ["Categories"] = categories,
        ["Id"] = f.Id.ToString("N"),
        ["Company"] = f.Company.Digits,
        ["CompanyName"] = companyName,
        ["Description"] = f.Description,
        ["OwnerId"] = f.Owner.UserId,
        ["OwnerName"] = f.Owner.DisplayName,
        ["DueDate"] = f.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Status"] = f.Status.ToString(),
        ["CreatedAt"] = f.CreatedAt,
        ["ClosedAt"] = f.ClosedAt,
    };
}
