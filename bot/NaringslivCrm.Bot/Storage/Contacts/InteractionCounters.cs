using System.Globalization;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>What one interaction contributes to its company's stats row (S|): open needs, open signals, last contact.</summary>
internal static class InteractionCounters
{
    public const string OpenNeeds = "OpenNeeds";
    public const string OpenSignals = "OpenSignals";
    public const string LastContact = "LastContact";

    /// <summary>False when an edit leaves the company's counters as they were (most edits: notes, participants).</summary>
    public static bool Differ(Interaction before, Interaction after) =>
        before.Company != after.Company || before.Date != after.Date
        || before.Needs.Count(n => n.Status == NeedStatus.Open) != after.Needs.Count(n => n.Status == NeedStatus.Open)
        || before.Signals.Count(s => s.Status == SignalStatus.Open) != after.Signals.Count(s => s.Status == SignalStatus.Open);

    public static CounterBatch Count(this CounterBatch batch, Interaction interaction, int sign)
    {
        var key = CrmKeys.CompanyStats(interaction.Company);
        batch.Add(key, OpenNeeds, sign * interaction.Needs.Count(n => n.Status == NeedStatus.Open))
            .Add(key, OpenSignals, sign * interaction.Signals.Count(s => s.Status == SignalStatus.Open));
        return sign < 0 ? batch : batch.Change(key, e =>
        {
            // The latest contact only moves forward: a re-dated older contact cannot tell what came before it.
            var date = interaction.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var last = e.GetString(LastContact);
            e[LastContact] = last is not null && string.CompareOrdinal(last, date) > 0 ? last : date;
            e["Company"] = interaction.Company.Digits;
        });
    }
}
