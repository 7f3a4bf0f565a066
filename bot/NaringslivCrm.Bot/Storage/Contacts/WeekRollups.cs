using System.Globalization;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>
/// The network digest's rollups: one row per municipality and ISO week (<c>RW|{yyyy}-W{ww}</c>) with the number of
/// contacts, distinct firms contacted, new needs per category (<c>N_{category}</c>), new signals per type
/// (<c>S_{type}</c>), follow-ups closed and a histogram of their days to återkoppling — counts only, never text. Needs
/// and signals of a confidential contact are not counted (the contact and its firm are). Distinct firms are kept exact
/// by one marker row per firm and week (<c>RF|{week}|{orgnr}</c>, number of contacts, removed at zero). Written as
/// counter rows in the same transaction as the records, so a digest reads municipalities × weeks rows.
/// </summary>
internal static class WeekRollups
{
    public const string Contacts = "Contacts";
    public const string Firms = "Firms";
    public const string Closed = "Closed";
    public const string Histogram = "Tenths";
    public const string NeedPrefix = "N_";
    public const string SignalPrefix = "S_";

    /// <summary>Needs and signals of confidential contacts: counted by kind only (no category, no type, never text),
    /// so the digest never claims less than there is (docs/network.md).</summary>
    public const string ConfidentialNeeds = "CX_Needs";
    public const string ConfidentialExpansion = "CX_Expansion";
    public const string ConfidentialRedFlags = "CX_RedFlags";

    public static string Week(DateOnly date) => IsoWeek.Of(date);

    public static string WeekRow(string week) => "RW|" + week;

    public static string FirmRow(string week, string orgnr) => $"RF|{week}|{orgnr}";

    public static string NeedColumn(string category) => NeedPrefix + category.Replace('-', '_');

    public static string SignalColumn(Domain.Signals.SignalType type) => SignalPrefix + type;

    /// <summary>What an interaction adds to (sign +1) or takes from (−1) its week's rollup.</summary>
    public static CounterBatch Roll(this CounterBatch batch, Interaction i, int sign)
    {
        var week = Week(i.Date);
        var row = WeekRow(week);
        var firm = FirmRow(week, i.Company.Digits);
        batch.Add(row, Contacts, sign).Change(row, e => e["Week"] = week);
        batch.Change(firm, (e, rows) =>
        {
            var before = e.GetInt32(Contacts) ?? 0;
            var after = Math.Max(0, before + sign);
            e[Contacts] = after;
            if ((before == 0) != (after == 0))
            {
                var w = rows(row);
                w[Firms] = Math.Max(0, (w.GetInt32(Firms) ?? 0) + (after > 0 ? 1 : -1));
            }
        }).DeleteWhenZero(firm, Contacts);
        if (!i.IsConfidential)
        {
            foreach (var need in i.Needs.GroupBy(n => n.Category.Id))
            {
                batch.Add(row, NeedColumn(need.Key), sign * need.Count());
            }

            foreach (var signal in i.Signals.GroupBy(s => s.Type))
            {
                batch.Add(row, SignalColumn(signal.Key), sign * signal.Count());
            }
        }
        else
        {
            var red = i.Signals.Count(s => Domain.Signals.Signal.KindOf(s.Type) == Domain.Signals.SignalKind.RedFlag);
            batch.Add(row, ConfidentialNeeds, sign * i.Needs.Count)
                .Add(row, ConfidentialRedFlags, sign * red)
                .Add(row, ConfidentialExpansion, sign * (i.Signals.Count - red));
        }

        return batch;
    }

    /// <summary>A closed follow-up counts in the week of its återkoppling, with its days since it was created.</summary>
    public static CounterBatch Roll(this CounterBatch batch, FollowUp f, int sign)
    {
        if (f.Status != FollowUpStatus.Done)
        {
            return batch;
        }

        var closedAt = f.ClosedAt ?? f.CreatedAt;
        var week = Week(SwedishCalendar.DateOf(closedAt));
        var row = WeekRow(week);
        var tenths = DaysHistogram.TenthsOf(closedAt - f.CreatedAt);
        return batch.Add(row, Closed, sign).AddToHistogram(row, Histogram, tenths, sign).Change(row, e => e["Week"] = week);
    }

    /// <summary>The part of an interaction the rollups see; an edit that leaves it alone touches no rollup row.</summary>
    public static string Signature(Interaction i) => string.Join('|',
        Week(i.Date), i.Company.Digits, i.IsConfidential,
        string.Join(',', i.Needs.Select(n => n.Category.Id).Order(StringComparer.Ordinal)),
        string.Join(',', i.Signals.Select(s => s.Type).Order()));
}
