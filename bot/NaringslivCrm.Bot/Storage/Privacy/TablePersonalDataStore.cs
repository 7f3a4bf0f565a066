using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Privacy.PersonalData;

namespace NaringslivCrm.Bot.Storage.Privacy;

/// <summary>Reads the I| and F| ranges of table "Crm" page by page (1,000 rows a request) and rewrites Outbox texts.</summary>
public sealed class TablePersonalDataStore(TableServiceClient service, TableNames names, TableInteractionRepository interactions) : IPersonalDataStore
{
    public async IAsyncEnumerable<Interaction> InteractionsAsync(MunicipalityCode municipality, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in RangeAsync(municipality, "I|", cancellationToken))
        {
            yield return interactions.Restore(e);
        }
    }

    public async IAsyncEnumerable<FollowUp> FollowUpsAsync(MunicipalityCode municipality, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in RangeAsync(municipality, "F|", cancellationToken))
        {
            yield return FollowUpRows.Restore(e);
        }
    }

    public async Task<int> MaskRemindersAsync(MunicipalityCode municipality, Func<string, string> mask, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(names.Named("Outbox"));
        var changed = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {municipality.Value}"), cancellationToken: cancellationToken))
        {
            var texts = row.Where(p => p.Value is string && p.Key is not ("PartitionKey" or "RowKey" or "odata.etag")).ToList();
            var dirty = false;
            foreach (var (key, value) in texts)
            {
                var masked = mask((string)value);
                dirty |= masked != (string)value;
                row[key] = masked;
            }

            if (dirty)
            {
                await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken);
                changed++;
            }
        }

        return changed;
    }

    private AsyncPageable<TableEntity> RangeAsync(MunicipalityCode municipality, string prefix, CancellationToken cancellationToken) =>
        service.GetTableClient(names.Crm).QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {municipality.Value} and RowKey ge {prefix} and RowKey lt {CrmKeys.After(prefix)}"),
            maxPerPage: 1000, cancellationToken: cancellationToken);
}
