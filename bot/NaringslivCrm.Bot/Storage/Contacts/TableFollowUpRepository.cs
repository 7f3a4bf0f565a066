using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>Follow-ups in table "Crm": point reads of F| rows, lists from the FO| and FC| index ranges.</summary>
public sealed class TableFollowUpRepository(TableServiceClient service, TableNames names) : IFollowUpRepository, IFollowUpQueries
{
    private TableClient Table => service.GetTableClient(names.Crm);

    public async Task<FollowUp?> GetAsync(MunicipalityCode municipality, Guid id, CancellationToken cancellationToken = default)
    {
        var hit = await Table.GetEntityIfExistsAsync<TableEntity>(municipality.Value, CrmKeys.FollowUp(id), cancellationToken: cancellationToken);
        return hit.HasValue ? FollowUpRows.Restore(hit.Value!) : null;
    }

    public async Task<IReadOnlyList<FollowUp>> ListByOwnerAsync(
        MunicipalityCode municipality, string ownerUserId, bool includeDone = false, CancellationToken cancellationToken = default)
    {
        var summaries = await RangeAsync(municipality, CrmKeys.FollowUpsOfOwnerPrefix(ownerUserId, includeDone ? null : false), 500, cancellationToken);
        return await LoadAsync(municipality, summaries.Select(s => s.Id), cancellationToken);
    }

    public async Task<IReadOnlyList<FollowUp>> ListByCompanyAsync(
        MunicipalityCode municipality, OrgNumber company, CancellationToken cancellationToken = default)
    {
        var summaries = await RangeAsync(municipality, CrmKeys.FollowUpsOfCompanyPrefix(company), 500, cancellationToken);
        return await LoadAsync(municipality, summaries.Select(s => s.Id), cancellationToken);
    }

    public async Task<Result> AddAsync(FollowUp followUp, CancellationToken cancellationToken = default)
    {
        var company = await service.GetTableClient(names.Companies).GetEntityIfExistsAsync<TableEntity>(
            followUp.Municipality.Value, followUp.Company.Digits, select: ["Name"], cancellationToken: cancellationToken);
        var name = company.HasValue ? company.Value!.GetString("Name") ?? string.Empty : string.Empty;
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, FollowUpRows.MainRow(followUp, name)) };
        actions.AddRange(FollowUpRows.Indexes(followUp, name).Select(i => new TableTransactionAction(TableTransactionActionType.Add, i)));
        try
        {
            var response = await CounterTransaction.SubmitAsync(Table, async ct =>
                new(actions, await new CounterBatch(followUp.Municipality.Value).Count(followUp, +1).Roll(followUp, +1).ActionsAsync(Table, ct)), cancellationToken);
            followUp.StampConcurrency(response.Value[0].Headers.ETag?.ToString() ?? string.Empty);
            return Result.Success();
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return Errors.ConcurrencyConflict;
        }
    }

    public async Task<Result> UpdateAsync(FollowUp followUp, CancellationToken cancellationToken = default)
    {
        var stored = await Table.GetEntityIfExistsAsync<TableEntity>(followUp.Municipality.Value, CrmKeys.FollowUp(followUp.Id), cancellationToken: cancellationToken);
        if (!stored.HasValue || followUp.Concurrency is null || stored.Value!.ETag.ToString() != followUp.Concurrency)
        {
            return Errors.ConcurrencyConflict;
        }

        var actions = FollowUpRows.Update(followUp, stored.Value.GetString("CompanyName") ?? string.Empty,
            stored.Value.GetString("Categories") ?? string.Empty, new ETag(followUp.Concurrency), FollowUpRows.StoredIndexKeys(stored.Value));
        var before = FollowUpRows.Restore(stored.Value);
        try
        {
            var response = await CounterTransaction.SubmitAsync(Table, async ct =>
                new(actions, await new CounterBatch(followUp.Municipality.Value).Change(before, followUp).ActionsAsync(Table, ct)), cancellationToken);
            followUp.StampConcurrency(response.Value[0].Headers.ETag?.ToString() ?? string.Empty);
            return Result.Success();
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 409 or 404)
        {
            return Errors.ConcurrencyConflict;
        }
    }

    public async Task<Queries.Page<FollowUpSummary>> PageByOwnerAsync(
        MunicipalityCode municipality, string ownerUserId, bool? done, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var prefix = CrmKeys.FollowUpsOfOwnerPrefix(ownerUserId, done);
        return await PageAsync(municipality, prefix, pageSize, continuation, cancellationToken);
    }

    public Task<Queries.Page<FollowUpSummary>> PageAllAsync(MunicipalityCode municipality, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        PageAsync(municipality, "F|", pageSize, continuation, cancellationToken);

    public Task<Queries.Page<FollowUpSummary>> PageOfCompanyAsync(
        MunicipalityCode municipality, OrgNumber company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        PageAsync(municipality, CrmKeys.FollowUpsOfCompanyPrefix(company), pageSize, continuation, cancellationToken);

    public async Task<IReadOnlyList<FollowUpSummary>> OfCompanyDueBetweenAsync(
        MunicipalityCode municipality, OrgNumber company, DateOnly? from, DateOnly? before, CancellationToken cancellationToken)
    {
        var prefix = CrmKeys.FollowUpsOfCompanyPrefix(company);
        var start = from is { } f ? CrmKeys.FollowUpsOfCompanyDuePrefix(company, f) : prefix;
        var end = before is { } b ? CrmKeys.FollowUpsOfCompanyDuePrefix(company, b) : CrmKeys.After(prefix);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality.Value} and RowKey ge {start} and RowKey lt {end}");
        var result = new List<FollowUpSummary>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(SummaryRows.FollowUp(e));
        }

        return result;
    }

    public async Task<Queries.Page<FollowUpSummary>> PageOpenByDueAsync(
        MunicipalityCode municipality, DateOnly? dueOnOrBefore, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var end = dueOnOrBefore is { } d ? CrmKeys.After(CrmKeys.DuePrefixUntil(d)) : CrmKeys.After(CrmKeys.OpenFollowUpsByDuePrefix);
        return await PageAsync(municipality, CrmKeys.OpenFollowUpsByDuePrefix, pageSize, continuation, cancellationToken, end);
    }

    private async Task<Queries.Page<FollowUpSummary>> PageAsync(
        MunicipalityCode municipality, string prefix, int pageSize, string? continuation, CancellationToken cancellationToken, string? end = null)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality.Value} and RowKey ge {prefix} and RowKey lt {end ?? CrmKeys.After(prefix)}");
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken).AsPages(continuation, pageSize))
        {
            return new Queries.Page<FollowUpSummary>([.. page.Values.Select(SummaryRows.FollowUp)], page.ContinuationToken);
        }

        return new Queries.Page<FollowUpSummary>([], null);
    }

    private async Task<List<FollowUpSummary>> RangeAsync(MunicipalityCode municipality, string prefix, int max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality.Value} and RowKey ge {prefix} and RowKey lt {CrmKeys.After(prefix)}");
        var result = new List<FollowUpSummary>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(SummaryRows.FollowUp(e));
            if (result.Count >= max)
            {
                break;
            }
        }

        return result;
    }

    private async Task<IReadOnlyList<FollowUp>> LoadAsync(MunicipalityCode municipality, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var loaded = await Task.WhenAll(ids.Select(id => GetAsync(municipality, id, cancellationToken)));
        return [.. loaded.OfType<FollowUp>()];
    }
}
