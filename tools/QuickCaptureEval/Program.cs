using System.Diagnostics;
using System.Globalization;
using NaringslivCrm.Domain.QuickCapture;
using NaringslivCrm.Domain.Tests.QuickCapture;

// dotnet run --project tools/QuickCaptureEval -- [--write] [--dev-misses] [--timing] | --parse "<message>"
//   (no option)   print the figures
//   --write       rewrite the generated section of docs/quick-capture.md (QuickCaptureEvaluationTests fails until then)
//   --dev-misses  list every disagreement on the development notes (never the held-out ones: those are not tuned on)
//   --parse       print the draft of one message (against the evaluation register)
//   --timing      time a 2,000-character note (p50/p99) and notes of 1,000 to 4,000 characters (linearity), against
//                 a register prepared once as the host keeps it
var parser = new QuickCaptureParser();
if (args is ["--parse", var message])
{
    var draft = parser.Parse(message, EvaluationSet.KnownCompanies(), Evaluation.Today);
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(draft, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    return;
}

var heldOut = Evaluation.Run(parser, EvaluationSet.HeldOut2026);
var development = Evaluation.Run(parser, EvaluationSet.AllDevelopment());
var section = EvaluationReport.Render(heldOut, development);

if (args.Contains("--dev-misses"))
{
    development.Misses.ToList().ForEach(Console.WriteLine);
}

Summary("held-out", heldOut);
Summary("development", development);

if (args.Contains("--timing"))
{
    Timing(parser);
}

if (args.Contains("--write"))
{
    var path = Path.Combine(Root(), "docs", "quick-capture.md");
    File.WriteAllText(path, EvaluationReport.Merge(File.ReadAllText(path), section));
    Console.WriteLine($"wrote {path}");
}

static void Summary(string name, Evaluation e)
{
    var c = Evaluation.Micro(e.Categories);
    var s = Evaluation.Micro(e.Signals);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: drafts {e.Drafts.Drafted}/{e.Drafts.Naming}; categories P {c.Precision:0.00} R {c.Recall:0.00}; signals P {s.Precision:0.00} R {s.Recall:0.00}; quantities P {e.Quantities.Precision:0.00} R {e.Quantities.Recall:0.00}; company {e.Accuracy["company"]:0.00} kind {e.Accuracy["kind"]:0.00} date {e.Accuracy["date"]:0.00}"));
}

static void Timing(QuickCaptureParser parser)
{
    var notes = EvaluationSet.Notes(EvaluationSet.HeldOut2026).Select(n => n.Text).ToList();
    // As the host does: the register is prepared once (per municipality and register version), not per message.
    var known = parser.Register(EvaluationSet.KnownCompanies());
    string Note(int length)
    {
        var text = string.Join(' ', notes);
        while (text.Length < length)
        {
            text += " " + text;
        }

        return text[..length];
    }

    foreach (var length in new[] { 1_000, 2_000, 4_000 })
    {
        var note = Note(length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{length} characters: {Percentiles(() => parser.Parse(note, known, Evaluation.Today))}"));
    }

    // For comparison: the register prepared again for every message (what the host did before it kept one).
    var perMessage = EvaluationSet.KnownCompanies();
    var twoThousand = Note(2_000);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"2000 characters, register prepared per message: {Percentiles(() => parser.Parse(twoThousand, perMessage, Evaluation.Today))}"));
}

static string Percentiles(Action parse)
{
    for (var i = 0; i < 50; i++)
    {
        parse();
    }

    var times = new List<double>();
    for (var i = 0; i < 300; i++)
    {
        var watch = Stopwatch.StartNew();
        parse();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return string.Create(CultureInfo.InvariantCulture, $"p50 {times[times.Count / 2]:0.00} ms, p99 {times[(int)(times.Count * 0.99)]:0.00} ms");
}

static string Root()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "NaringslivCrm.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}
