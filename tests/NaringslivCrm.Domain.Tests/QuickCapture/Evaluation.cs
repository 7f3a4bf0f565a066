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

    /// <summary>Notes that name a firm (registered or not), and how many of them got a draft.</summary>
    public (int Drafted, int Naming) Drafts { get; private init; }

    /// <summary>Per style: notes, macro-free pooled recall of categories and of signals.</summary>
    public IReadOnlyList<StyleScore> Styles { get; private init; } = [];

    /// <summary>The "today" relative dates in the notes are read against (a Thursday).</summary>
    public static readonly DateOnly Today = new(2026, 12, 3);

    /// <summary>All labels pooled: every decision counts once.</summary>
    public static Score Micro(IEnumerable<Score> scores)
    {
        var list = scores.ToList();
        return new Score("micro", list.Sum(s => s.TruePositives), list.Sum(s => s.FalsePositives), list.Sum(s => s.FalseNegatives));
    }

    public static double Macro(IEnumerable<Score> scores, Func<Score, double> metric) =>
        scores.Where(s => s.Support > 0).Average(metric);

    public static Evaluation Run(QuickCaptureParser parser, string file) => Run(parser, EvaluationSet.Notes(file));

    public static Evaluation Run(QuickCaptureParser parser, IReadOnlyList<LabelledNote> notes)
    {
        var known = parser.Register(EvaluationSet.KnownCompanies());
        var categories = new List<(string Label, bool Expected, bool Found)>();
        var signals = new List<(string Label, bool Expected, bool Found)>();
        var quantities = new List<(string Label, bool Expected, bool Found)>();
        var hits = new Dictionary<string, int> { ["kind"] = 0, ["orgnr"] = 0, ["company"] = 0, ["year"] = 0, ["date"] = 0 };
        var misses = new List<string>();
        var styles = new Dictionary<string, StyleScore>(StringComparer.Ordinal);
        var (drafted, naming) = (0, 0);
        foreach (var note in notes)
        {
            var draft = parser.Parse(note.Text, known, Today);
            var before = (categories.Count, signals.Count);
            Compare(note.Id, note.Categories, draft.Categories.Select(c => c.Id), categories, misses);
            Compare(note.Id, note.Signals.Select(s => s.Type), draft.Signals.Select(s => s.Type.ToString()), signals, misses);
            Compare(
                note.Id,
                note.Signals.SelectMany(s => s.Quantities.Select(q => $"{s.Type}: {q}")),
                draft.Signals.SelectMany(s => s.Quantities.Select(q => $"{s.Type}: {q.Amount.ToString("0.##", CultureInfo.InvariantCulture)} {q.Unit}")),
                quantities,
                misses);
            hits["kind"] += note.Kind == draft.Kind?.ToString() ? 1 : 0;
            if (note.Kind != draft.Kind?.ToString())
            {
                misses.Add($"{note.Id}: kind {note.Kind ?? "none"} read as {draft.Kind?.ToString() ?? "none"}");
            }

            hits["orgnr"] += note.OrgNumber == draft.OrgNumber?.ToString() ? 1 : 0;
            var firmRead = note.Company is not null
                ? note.Company == draft.Company?.Name
                : draft.Company is null && (note.NewCompany is null
                    ? draft.CompanyNameCandidate is null
                    : SameName(note.NewCompany, draft.CompanyNameCandidate));
            hits["company"] += firmRead ? 1 : 0;
            if (!firmRead)
            {
                misses.Add($"{note.Id}: firm {note.Company ?? note.NewCompany ?? "none"} read as {draft.Company?.Name ?? draft.CompanyNameCandidate ?? "none"}");
            }

            hits["year"] += note.Year == draft.TimeFrame?.Year ? 1 : 0;
            var date = draft.Date is { } d ? d.DayNumber - Today.DayNumber : (int?)null;
            hits["date"] += note.Date == date ? 1 : 0;
            if (note.Date != date)
            {
                misses.Add($"{note.Id}: date {note.Date?.ToString(CultureInfo.InvariantCulture) ?? "none"} read as {date?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
            }

            if (note.NamesFirm)
            {
                naming++;
                drafted += draft.CarriesContent ? 1 : 0;
                if (!draft.CarriesContent)
                {
                    misses.Add($"{note.Id}: no draft");
                }
            }

            var style = note.Style ?? "classic";
            var score = styles.GetValueOrDefault(style) ?? new StyleScore(style, 0, 0, 0, 0);
            styles[style] = score.Add(categories.Skip(before.Item1), signals.Skip(before.Item2));
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
            Drafts = (drafted, naming),
            Styles = [.. styles.Values.OrderBy(s => s.Style, StringComparer.Ordinal)],
        };
    }

    private static bool SameName(string? expected, string? read) =>
        expected is not null && read is not null
        && string.Equals(NameKey(expected), NameKey(read), StringComparison.Ordinal);

    private static string NameKey(string name) =>
        string.Join(' ', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "ab"));

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
