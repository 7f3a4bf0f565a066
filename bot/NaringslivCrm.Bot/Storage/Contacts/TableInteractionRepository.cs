using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>
/// Interactions in table "Crm". A new interaction, its company index row, its follow-ups with their index rows and
/// the company's stats row are written in ONE transaction (one partition, at most 100 operations): all or nothing.
/// The interaction id comes from the form (draft id), so a redelivered submit fails the insert and creates nothing twice.
/// </summary>
public sealed class TableInteractionRepository(TableServiceClient service, TableNames names, NeedCategoryCatalog categories)
    : IInteractionRepository, IInteractionQueries
{
    public const int MaxFollowUpsPerInteraction = 20;

    private sealed record NeedDto(Guid Id, string Category, string Description, NeedSeverity Severity, NeedStatus Status, DateTimeOffset? ResolvedAt);

    private sealed record QuantityDto(decimal Amount, QuantityUnit Unit);

    private sealed record SignalDto(Guid Id, SignalType Type, string Description, QuantityDto[] Quantities, string? TimeFrame, int? Year,
        SignalStatus Status, string? ResolutionNote, DateTimeOffset? ResolvedAt);

    private TableClient Table => service.GetTableClient(names.Crm);

    public async Task<Result> AddAsync(Interaction interaction, IReadOnlyCollection<FollowUp> followUps, CancellationToken cancellationToken = default)
    {
        if (followUps.Count > MaxFollowUpsPerInteraction)
        {
            return new ValidationError("interaction.too-many-follow-ups",
                $"Högst {MaxFollowUpsPerInteraction} uppföljningar per kontakt.", $"At most {MaxFollowUpsPerInteraction} follow-ups per contact.");
        }

        var companyName = await CompanyNameAsync(interaction.Municipality, interaction.Company, cancellationToken);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, Row(interaction, companyName)),
            new(TableTransactionActionType.Add, IndexRow(interaction)),
        };
        var categories = string.Join(',', interaction.Needs.Select(n => n.Category.Id).Distinct());
        foreach (var f in followUps)
        {
            actions.Add(new(TableTransactionActionType.Add, FollowUpRows.MainRow(f, companyName, categories)));
            actions.AddRange(FollowUpRows.Indexes(f, companyName, categories).Select(i => new TableTransactionAction(TableTransactionActionType.Add, i)));
        }

        try
        {
            var response = await CounterTransaction.SubmitAsync(Table, async ct =>
            {
                var counters = new CounterBatch(interaction.Municipality.Value).Count(interaction, +1).Roll(interaction, +1);
                foreach (var f in followUps)
                {
                    counters.Count(f, +1).Roll(f, +1);
                }

                return new(actions, await counters.ActionsAsync(Table, ct));
            }, cancellationToken);
            interaction.StampConcurrency(response.Value[0].Headers.ETag?.ToString() ?? string.Empty);
            var i = 2;
            foreach (var f in followUps)
            {
                f.StampConcurrency(response.Value[i].Headers.ETag?.ToString() ?? string.Empty);
                i += 1 + FollowUpRows.IndexKeys(f).Count;
            }

            return Result.Success();
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return InteractionErrors.AlreadySaved;
        }
    }

    public async Task<Interaction?> GetAsync(MunicipalityCode municipality, Guid id, CancellationToken cancellationToken = default)
    {
        var hit = await Table.GetEntityIfExistsAsync<TableEntity>(municipality.Value, CrmKeys.Interaction(id), cancellationToken: cancellationToken);
        return hit.HasValue ? Restore(hit.Value!) : null;
    }

    public async Task<IReadOnlyList<Interaction>> ListByCompanyAsync(MunicipalityCode municipality, OrgNumber company, CancellationToken cancellationToken = default)
    {
        var page = await PageByCompanyAsync(municipality, company, 200, null, cancellationToken);
        var loaded = await Task.WhenAll(page.Items.Select(s => GetAsync(municipality, s.Id, cancellationToken)));
        return [.. loaded.OfType<Interaction>()];
    }

    public async Task<Result> UpdateAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        if (interaction.Concurrency is null)
        {
            return Errors.ConcurrencyConflict;
        }

        var stored = await Table.GetEntityIfExistsAsync<TableEntity>(
            interaction.Municipality.Value, CrmKeys.Interaction(interaction.Id), cancellationToken: cancellationToken);
        if (!stored.HasValue)
        {
            return Errors.ConcurrencyConflict;
        }

        var companyName = await CompanyNameAsync(interaction.Municipality, interaction.Company, cancellationToken);
        var etag = new ETag(interaction.Concurrency);
        var row = Row(interaction, companyName);
        var index = IndexRow(interaction);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, row, etag),
            new(TableTransactionActionType.UpsertReplace, index),
        };

        // A rescheduled interaction moves its timeline row: the old IC| row must go in the same transaction.
        var before = Restore(stored.Value!);
        var oldIndexKey = CrmKeys.InteractionByCompany(before.Company, before.Date, interaction.Id);
        if (oldIndexKey != index.RowKey)
        {
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(index.PartitionKey, oldIndexKey), ETag.All));
        }
        try
        {
            var response = await CounterTransaction.SubmitAsync(Table, async ct =>
            {
                var counters = new CounterBatch(interaction.Municipality.Value);
                if (InteractionCounters.Differ(before, interaction))
                {
                    counters.Count(before, -1).Count(interaction, +1);
                }

                if (WeekRollups.Signature(before) != WeekRollups.Signature(interaction))
                {
                    counters.Roll(before, -1).Roll(interaction, +1);
                }

                return new(actions, await counters.ActionsAsync(Table, ct));
            }, cancellationToken);
            interaction.StampConcurrency(response.Value[0].Headers.ETag?.ToString() ?? string.Empty);
            return Result.Success();
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            return Errors.ConcurrencyConflict;
        }
    }

    public async Task<Queries.Page<InteractionSummary>> PageByCompanyAsync(
        MunicipalityCode municipality, OrgNumber company, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var prefix = CrmKeys.InteractionsOfCompanyPrefix(company);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality.Value} and RowKey ge {prefix} and RowKey lt {CrmKeys.After(prefix)}");
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken).AsPages(continuation, pageSize))
        {
            return new Queries.Page<InteractionSummary>([.. page.Values.Select(SummaryRows.Interaction)], page.ContinuationToken);
        }

        return new Queries.Page<InteractionSummary>([], null);
    }

    public async Task<CompanyStats?> StatsAsync(MunicipalityCode municipality, OrgNumber company, CancellationToken cancellationToken)
    {
        var hit = await Table.GetEntityIfExistsAsync<TableEntity>(municipality.Value, CrmKeys.CompanyStats(company), cancellationToken: cancellationToken);
        return hit.HasValue ? SummaryRows.Stats(hit.Value!) : null;
    }

    private async Task<string> CompanyNameAsync(MunicipalityCode m, OrgNumber orgnr, CancellationToken cancellationToken)
    {
        var hit = await service.GetTableClient(names.Companies).GetEntityIfExistsAsync<TableEntity>(m.Value, orgnr.Digits, select: ["Name"], cancellationToken: cancellationToken);
        return hit.HasValue ? hit.Value!.GetString("Name") ?? orgnr.ToString() : orgnr.ToString();
    }

    private static TableEntity Row(Interaction i, string companyName) => new(i.Municipality.Value, CrmKeys.Interaction(i.Id))
    {
        ["Id"] = i.Id.ToString("N"),
        ["Company"] = i.Company.Digits,
        ["CompanyName"] = companyName,
        ["Kind"] = i.Kind.ToString(),
        ["Date"] = i.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Participants"] = StorageJson.Write(i.Participants),
        ["Notes"] = i.Notes,
        ["Confidential"] = i.IsConfidential,
        ["RecordedById"] = i.RecordedBy.UserId,
        ["RecordedByName"] = i.RecordedBy.DisplayName,
        ["RecordedAt"] = i.RecordedAt,
        ["Needs"] = StorageJson.Write(i.Needs.Select(n => new NeedDto(n.Id, n.Category.Id, n.Description, n.Severity, n.Status, n.ResolvedAt))),
        ["Signals"] = StorageJson.Write(i.Signals.Select(s => new SignalDto(s.Id, s.Type, s.Description,
            [.. s.Quantities.Select(q => new QuantityDto(q.Amount, q.Unit))], s.TimeFrame?.Text, s.TimeFrame?.Year, s.Status, s.ResolutionNote, s.ResolvedAt))),
    };

    /// <summary>The company timeline's row: no note text is copied here, so confidential text lives in one row only.</summary>
    private static TableEntity IndexRow(Interaction i) => new(i.Municipality.Value, CrmKeys.InteractionByCompany(i.Company, i.Date, i.Id))
    {
        ["Id"] = i.Id.ToString("N"),
        ["Kind"] = i.Kind.ToString(),
        ["Date"] = i.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Confidential"] = i.IsConfidential,
        ["RecordedByName"] = i.RecordedBy.DisplayName,
        ["NeedCategories"] = string.Join(',', i.Needs.Select(n => n.Category.Id)),
        ["SignalTypes"] = string.Join(',', i.Signals.Select(s => s.Type.ToString())),
    };

    internal Interaction Restore(TableEntity e)
    {
        var needs = StorageJson.Read(e.GetString("Needs"), Array.Empty<NeedDto>()).Select(n =>
            Need.Restore(n.Id, categories.Find(n.Category) ?? categories.Other, n.Description, n.Severity, n.Status, n.ResolvedAt));
        var signals = StorageJson.Read(e.GetString("Signals"), Array.Empty<SignalDto>()).Select(s => Signal.Restore(
            s.Id, s.Type, s.Description,
            s.Quantities.Select(q => Quantity.Create(q.Amount, q.Unit)).Where(r => r.IsSuccess).Select(r => r.Value),
            s.TimeFrame is null ? null : new TimeFrame(s.TimeFrame, s.Year), s.Status, s.ResolutionNote, s.ResolvedAt));
        return Interaction.Restore(
            Guid.Parse(e.GetString("Id")),
            MunicipalityCode.Parse(e.PartitionKey).Value,
            OrgNumber.Parse(e.GetString("Company")).Value,
            Enum.Parse<InteractionKind>(e.GetString("Kind")),
            DateOnly.Parse(e.GetString("Date"), System.Globalization.CultureInfo.InvariantCulture),
            StorageJson.Read(e.GetString("Participants"), Array.Empty<string>()),
            e.GetString("Notes") ?? string.Empty,
            e.GetBoolean("Confidential") ?? false,
            new UserRef(e.GetString("RecordedById"), e.GetString("RecordedByName")),
            e.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue,
            needs,
            signals,
            e.ETag.ToString());
    }
}
