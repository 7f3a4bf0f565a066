using System.Globalization;
using Azure.Data.Tables;
using CsCheck;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Tests.Storage;

/// <summary>
/// The digest's weekly rollups, kept on every write, must equal a recomputation from the records after ANY sequence of
/// new contacts (with needs, signals, follow-ups, confidential or not), edits (re-dated across weeks, confidentiality
/// switched, needs added) and closed follow-ups. CsCheck generates the sequences and shrinks a failure to a small one.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WeekRollupPropertyTests(AzuriteFixture azurite)
{
    private static readonly string[] Categories = ["energi", "kompetensforsorjning", "mark-och-lokaler", "export"];
    private static readonly SignalType[] Signals = [SignalType.Hiring, SignalType.NewSite, SignalType.Closing];

    private sealed record Op(int Kind, int Firm, int Day, int Need, int Signal, bool Confidential, int FollowUps);

    [Fact]
    public async Task Rollups_AfterAnySequenceOfWrites_EqualAFullRecomputation()
    {
        var op = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 40], Gen.Int[0, 4], Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 2])
            .Select((k, f, d, n, s, c, u) => new Op(k, f, d, n, s, c, u));
        await op.Array[1, 10].SampleAsync(async ops => await RunAsync(ops), iter: 25, threads: 1);
    }

    private async Task RunAsync(Op[] ops)
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var contacts = new List<Guid>();
        var followUps = new List<Guid>();
        foreach (var o in ops)
        {
            switch (o.Kind)
            {
                case 0:
                    var i = Interaction.Record(Guid.NewGuid(), Build.Oskarshamn, Build.OrgNumber(o.Firm), InteractionKind.Visit, Build.Monday.AddDays(o.Day), Build.Anna, Build.Now, "x").Value;
                    AddNeedAndSignal(i, o);
                    if (o.Confidential)
                    {
                        i.MarkConfidential();
                    }

                    var fs = Enumerable.Range(0, o.FollowUps).Select(_ => Build.FollowUp(interactionId: i.Id, company: o.Firm)).ToList();
                    Assert.True((await tables.Interactions.AddAsync(i, fs)).IsSuccess);
                    contacts.Add(i.Id);
                    followUps.AddRange(fs.Select(f => f.Id));
                    break;
                case 1 when contacts.Count > 0:
                    var edit = (await tables.Interactions.GetAsync(Build.Oskarshamn, contacts[o.Day % contacts.Count]))!;
                    edit.Reschedule(Build.Monday.AddDays(o.Day));
                    if (o.Confidential)
                    {
                        edit.MarkConfidential();
                    }
                    else
                    {
                        edit.MarkPublic();
                    }

                    AddNeedAndSignal(edit, o);
                    Assert.True((await tables.Interactions.UpdateAsync(edit)).IsSuccess);
                    break;
                case 2 when followUps.Count > 0:
                    var f = (await tables.FollowUps.GetAsync(Build.Oskarshamn, followUps[o.Day % followUps.Count]))!;
                    if (f.Close(Build.Erik, "Besked", Build.Now.AddDays(o.Day / 3.0)).IsSuccess)
                    {
                        Assert.True((await tables.FollowUps.UpdateAsync(f)).IsSuccess);
                    }

                    break;
            }
        }

        var stored = await RowsAsync(tables);
        var expected = Recompute(stored.Interactions, stored.FollowUps);
        Assert.Equal(expected, stored.Rollups);
    }

    private static void AddNeedAndSignal(Interaction i, Op o)
    {
        if (o.Need < Categories.Length)
        {
            i.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.Find(Categories[o.Need])!, "behov").Value);
        }

        if (o.Signal < Signals.Length)
        {
            i.AddSignal(Signal.Spot(Guid.NewGuid(), Signals[o.Signal], "signal", [], null).Value);
        }
    }

    private static SortedDictionary<string, string> Recompute(IReadOnlyList<Interaction> interactions, IReadOnlyList<FollowUp> followUps)
    {
        var weeks = new Dictionary<string, SortedDictionary<string, int>>();
        SortedDictionary<string, int> Week(string w) => weeks.TryGetValue(w, out var d) ? d : weeks[w] = [];
        void Add(string w, string column, int n) => Week(w)[column] = Week(w).GetValueOrDefault(column) + n;
        var histograms = new Dictionary<string, DaysHistogram>();
        foreach (var i in interactions)
        {
            var w = WeekRollups.Week(i.Date);
            Add(w, WeekRollups.Contacts, 1);
            if (!i.IsConfidential)
            {
                i.Needs.ToList().ForEach(n => Add(w, WeekRollups.NeedColumn(n.Category.Id), 1));
                i.Signals.ToList().ForEach(s => Add(w, WeekRollups.SignalColumn(s.Type), 1));
            }
            else
            {
                // Counted by kind only: never a category or a type of a confidential contact.
                Add(w, WeekRollups.ConfidentialNeeds, i.Needs.Count);
                Add(w, WeekRollups.ConfidentialRedFlags, i.Signals.Count(s => (int)s.Type >= 100));
                Add(w, WeekRollups.ConfidentialExpansion, i.Signals.Count(s => (int)s.Type < 100));
            }
        }

        foreach (var firms in interactions.GroupBy(i => WeekRollups.Week(i.Date)))
        {
            Add(firms.Key, WeekRollups.Firms, firms.Select(i => i.Company).Distinct().Count());
        }

        foreach (var f in followUps.Where(f => f.Status == FollowUpStatus.Done))
        {
            var w = WeekRollups.Week(SwedishCalendar.DateOf(f.ClosedAt!.Value));
            Add(w, WeekRollups.Closed, 1);
            (histograms.TryGetValue(w, out var h) ? h : histograms[w] = new DaysHistogram()).Add(DaysHistogram.TenthsOf(f.ClosedAt.Value - f.CreatedAt), 1);
        }

        return new SortedDictionary<string, string>(weeks.ToDictionary(w => w.Key, w => Describe(w.Value, histograms.GetValueOrDefault(w.Key)?.ToString())), StringComparer.Ordinal);
    }

    private static string Describe(IEnumerable<KeyValuePair<string, int>> counts, string? histogram) =>
        string.Join(' ', counts.Where(c => c.Value != 0).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}={c.Value}")))
        + (string.IsNullOrEmpty(histogram) ? string.Empty : " h=" + histogram);

    private static async Task<(IReadOnlyList<Interaction> Interactions, IReadOnlyList<FollowUp> FollowUps, SortedDictionary<string, string> Rollups)> RowsAsync(CrmTables tables)
    {
        var interactions = new List<Interaction>();
        var followUps = new List<FollowUp>();
        var rollups = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var e in tables.Service.GetTableClient(tables.Names.Crm).QueryAsync<TableEntity>(x => x.PartitionKey == Build.Oskarshamn.Value))
        {
            if (e.RowKey.StartsWith("I|", StringComparison.Ordinal))
            {
                interactions.Add(tables.Interactions.Restore(e));
            }
            else if (e.RowKey.StartsWith("F|", StringComparison.Ordinal))
            {
                followUps.Add((await tables.FollowUps.GetAsync(Build.Oskarshamn, Guid.Parse(e.GetString("Id"))))!);
            }
            else if (e.RowKey.StartsWith("RW|", StringComparison.Ordinal))
            {
                var counts = e.Where(p => p.Value is int).Select(p => new KeyValuePair<string, int>(p.Key, (int)p.Value));
                var described = Describe(counts, e.GetString(WeekRollups.Histogram));
                if (described.Length > 0)
                {
                    rollups[e.RowKey[3..]] = described;
                }
            }
        }

        return (interactions, followUps, rollups);
    }
}
