using System.Globalization;
using NaringslivCrm.Domain.QuickCapture;

namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>Runs the parser over the labelled notes and scores it.</summary>
internal sealed class Evaluation
{
    private Evaluation()
    {
    }

    public IReadOnlyList<Score> Categories { get; private init; } = [];

    public IReadOnlyList<Score> Signals { get; private init; } = [];

    public Score Quantities { get; private init; } = new("quantities", 0, 0, 0);

    public IReadOnlyDictionary<string, double> Accuracy { get; private init; } = new Dictionary<string, double>();

    public IReadOnlyList<string> Misses { get; private init; } = [];

    public int NoteCount { get; private init; }

    public static double Macro(IEnumerable<Score> scores, Func<Score, double> metric) =>
        scores.Where(s => s.Support > 0).Average(metric);

    public static Evaluation Run(QuickCaptureParser parser, string file)
    {
        var notes = EvaluationSet.Notes(file);
        var known = EvaluationSet.KnownCompanies();
        var categories = new List<(string Label, bool Expected, bool Found)>();
        var signals = new List<(string Label, bool Expected, bool Found)>();
        var quantities = new List<(string Label, bool Expected, bool Found)>();
        var hits = new Dictionary<string, int> { ["kind"] = 0, ["orgnr"] = 0, ["company"] = 0, ["year"] = 0 };
        var misses = new List<string>();
        foreach (var note in notes)
        {
            var draft = parser.Parse(note.Text, known);
            Compare(note.Id, note.Categories, draft.Categories.Select(c => c.Id), categories, misses);
            Compare(note.Id, note.Signals.Select(s => s.Type), draft.Signals.Select(s => s.Type.ToString()), signals, misses);
            Compare(
                note.Id,
                note.Signals.SelectMany(s => s.Quantities.Select(q => $"{s.Type}: {q}")),
                draft.Signals.SelectMany(s => s.Quantities.Select(q => $"{s.Type}: {q.Amount.ToString("0.##", CultureInfo.InvariantCulture)} {q.Unit}")),
                quantities,
                misses);
            hits["kind"] += note.Kind == draft.Kind?.ToString() ? 1 : 0;
            hits["orgnr"] += note.OrgNumber == draft.OrgNumber?.ToString() ? 1 : 0;
            hits["company"] += note.Company == draft.Company?.Name ? 1 : 0;
            hits["year"] += note.Year == draft.TimeFrame?.Year ? 1 : 0;
        }

        return new Evaluation
        {
            NoteCount = notes.Count,
            Categories = Tally(categories),
            Signals = Tally(signals),
            Quantities = new Score(
                "quantities", quantities.Count(q => q.Expected && q.Found), quantities.Count(q => !q.Expected), quantities.Count(q => !q.Found)),
            Accuracy = hits.ToDictionary(h => h.Key, h => (double)h.Value / notes.Count),
            Misses = misses,
        };
    }

    private static void Compare(
        string id, IEnumerable<string> expected, IEnumerable<string> found, List<(string, bool, bool)> into, List<string> misses)
    {
        var e = expected.ToHashSet();
        var f = found.ToHashSet();
        foreach (var label in e.Union(f))
        {
            into.Add((label.Split(':')[0], e.Contains(label), f.Contains(label)));
            if (e.Contains(label) != f.Contains(label))
            {
                misses.Add($"{id}: {(e.Contains(label) ? "missed" : "extra")} {label}");
            }
        }
    }

    private static List<Score> Tally(List<(string Label, bool Expected, bool Found)> outcomes) =>
    [
        .. outcomes.GroupBy(o => o.Label)
            .Select(g => new Score(g.Key, g.Count(o => o.Expected && o.Found), g.Count(o => !o.Expected), g.Count(o => !o.Found)))
            .OrderByDescending(s => s.Support)
            .ThenBy(s => s.Label, StringComparer.Ordinal),
    ];
}
