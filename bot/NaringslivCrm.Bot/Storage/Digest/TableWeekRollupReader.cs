using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Digest;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Bot.Storage.Digest;

public sealed class TableWeekRollupReader(TableServiceClient service, TableNames names) : IWeekRollupReader
{
    public async Task<WeekReport> ReadAsync(string code, string name, string week, CancellationToken cancellationToken)
    {
        var hit = await service.GetTableClient(names.Crm).GetEntityIfExistsAsync<TableEntity>(code, WeekRollups.WeekRow(week), cancellationToken: cancellationToken);
        if (!hit.HasValue)
        {
            return WeekReport.Empty(code, name, week);
        }

        var e = hit.Value!;
        var ints = e.Where(p => p.Value is int n && n > 0).ToDictionary(p => p.Key, p => (int)p.Value);
        var needs = ints.Where(p => p.Key.StartsWith(WeekRollups.NeedPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[WeekRollups.NeedPrefix.Length..].Replace('_', '-'), p => p.Value);
        var signals = ints.Where(p => p.Key.StartsWith(WeekRollups.SignalPrefix, StringComparison.Ordinal) && Enum.TryParse<SignalType>(p.Key[WeekRollups.SignalPrefix.Length..], out _))
            .ToDictionary(p => p.Key[WeekRollups.SignalPrefix.Length..], p => p.Value);
        return new WeekReport(code, name, week, ints.GetValueOrDefault(WeekRollups.Contacts), ints.GetValueOrDefault(WeekRollups.Firms), needs, signals,
            ints.GetValueOrDefault(WeekRollups.Closed), e.GetString(WeekRollups.Histogram) ?? string.Empty)
        {
            WithheldNeeds = ints.GetValueOrDefault(WeekRollups.ConfidentialNeeds),
            WithheldExpansion = ints.GetValueOrDefault(WeekRollups.ConfidentialExpansion),
            WithheldRedFlags = ints.GetValueOrDefault(WeekRollups.ConfidentialRedFlags),
        };
    }
}
