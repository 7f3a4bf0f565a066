using System.Globalization;
using Azure.Data.Tables;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>Reads the SL| and SO| counter rows of table "Crm" (see <see cref="CrmKeys"/>), one range query each.</summary>
public sealed class TableServiceLevelQueries(TableServiceClient service, TableNames names) : IServiceLevelQueries
{
    private TableClient Table => service.GetTableClient(names.Crm);

    public async Task<IReadOnlyList<ClosedInMonth>> ClosedAsync(MunicipalityCode municipality, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var end = CrmKeys.After(CrmKeys.ClosedInMonthPrefix(to));
        var result = new List<ClosedInMonth>();
        await foreach (var e in RangeAsync(municipality, CrmKeys.ClosedInMonthPrefix(from), end, cancellationToken))
        {
            result.Add(new ClosedInMonth(e.GetString("Month"), e.GetString("OwnerId"), e.GetString("OwnerName") ?? string.Empty,
                DaysHistogram.Parse(e.GetString(FollowUpCounters.Histogram))));
        }

        return result;
    }

    public async Task<IReadOnlyList<OpenCreatedOn>> OpenByCreationDayAsync(MunicipalityCode municipality, CancellationToken cancellationToken)
    {
        var result = new List<OpenCreatedOn>();
        await foreach (var e in RangeAsync(municipality, CrmKeys.OpenFollowUpsCreatedPrefix, CrmKeys.After(CrmKeys.OpenFollowUpsCreatedPrefix), cancellationToken))
        {
            result.Add(new OpenCreatedOn(DateOnly.ParseExact(e.GetString("Created"), "yyyy-MM-dd", CultureInfo.InvariantCulture), e.GetInt32(FollowUpCounters.Open) ?? 0));
        }

        return result;
    }

    private IAsyncEnumerable<TableEntity> RangeAsync(MunicipalityCode municipality, string from, string end, CancellationToken cancellationToken) =>
        Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {municipality.Value} and RowKey ge {from} and RowKey lt {end}"),
            maxPerPage: 1000, cancellationToken: cancellationToken);
}
