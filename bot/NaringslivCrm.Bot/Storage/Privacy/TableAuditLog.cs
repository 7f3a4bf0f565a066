using System.Globalization;
using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Privacy.Audit;

namespace NaringslivCrm.Bot.Storage.Privacy;

/// <summary>
/// Table "Audit": PartitionKey = "{kommunkod}|{yyyyMM}" (one municipality's month is one partition: it reads as one
/// range and no query crosses municipalities), RowKey = "{UTC time to 100 ns}|{random id}" (sorts by time, unique).
/// Rows are only ever inserted; nothing in the app updates or deletes them.
/// </summary>
public sealed partial class TableAuditLog(TableServiceClient service, TableNames names, ILogger<TableAuditLog> logger) : IAuditLog
{
    public const string TableName = "Audit";

    private TableClient Table => service.GetTableClient(names.Named(TableName));

    public static string PartitionOf(string municipality, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{municipality}|{at.UtcDateTime:yyyyMM}");

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var row = new TableEntity(PartitionOf(entry.Municipality, entry.At),
            string.Create(CultureInfo.InvariantCulture, $"{entry.At.UtcDateTime:yyyyMMddHHmmssfffffff}|{Guid.NewGuid():N}"))
        {
            ["At"] = entry.At,
            ["ActorId"] = entry.ActorId,
            ["ActorName"] = entry.ActorName,
            ["Channel"] = entry.Channel.ToString(),
            ["Action"] = entry.Action.ToString(),
            ["Subject"] = entry.Subject.ToString(),
            ["SubjectId"] = entry.SubjectId,
            ["Detail"] = entry.Detail,
        };
        try
        {
            await Table.AddEntityAsync(row, cancellationToken);
        }
        catch (Exception e) when (e is StorageException or RequestFailedException)
        {
            LogNotStored(logger, e, entry.Municipality, entry.ActorId, entry.Channel, entry.Action, entry.Subject, entry.SubjectId, entry.At);
        }
    }

    public async Task<Queries.Page<AuditEntry>> PageAsync(
        MunicipalityCode municipality, DateOnly month, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var partition = string.Create(CultureInfo.InvariantCulture, $"{municipality.Value}|{month:yyyyMM}");
        var query = Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: pageSize, cancellationToken: cancellationToken);
        await foreach (var page in query.AsPages(continuation, pageSize))
        {
            return new Queries.Page<AuditEntry>([.. page.Values.Select(e => Restore(municipality.Value, e))], page.ContinuationToken);
        }

        return new Queries.Page<AuditEntry>([], null);
    }

    private static AuditEntry Restore(string municipality, TableEntity e) => new(
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        municipality,
        e.GetString("ActorId") ?? string.Empty,
        e.GetString("ActorName") ?? string.Empty,
        Enum.TryParse<AuditChannel>(e.GetString("Channel"), out var c) ? c : AuditChannel.System,
        Enum.TryParse<AuditAction>(e.GetString("Action"), out var a) ? a : AuditAction.Read,
        Enum.TryParse<AuditSubject>(e.GetString("Subject"), out var s) ? s : AuditSubject.Company,
        e.GetString("SubjectId") ?? string.Empty,
        e.GetString("Detail"));

    [LoggerMessage(Level = LogLevel.Error, Message = "AUDIT ENTRY NOT STORED: municipality {Municipality}, actor {ActorId}, {Channel} {Action} {Subject} {SubjectId} at {At}")]
    private static partial void LogNotStored(ILogger logger, Exception error, string municipality, string actorId, AuditChannel channel, AuditAction action,
        AuditSubject subject, string subjectId, DateTimeOffset at);
}
