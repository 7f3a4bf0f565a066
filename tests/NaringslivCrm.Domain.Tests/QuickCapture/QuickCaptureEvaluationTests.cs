using NaringslivCrm.Domain.QuickCapture;

namespace NaringslivCrm.Domain.Tests.QuickCapture;

public class QuickCaptureEvaluationTests
{
    private static readonly QuickCaptureParser Parser = new();
    private static readonly Lazy<Evaluation> Result = new(() => Evaluation.Run(Parser, EvaluationSet.Development));
    private static readonly Lazy<Evaluation> HeldOut = new(() => Evaluation.Run(Parser, EvaluationSet.HeldOut));
    private static readonly Lazy<Evaluation> Fresh = new(() => Evaluation.Run(Parser, EvaluationSet.Fresh));

    [Fact]
    public void Evaluate_LabelledNotes_CategoriesAboveFloor()
    {
        Assert.True(Evaluation.Macro(Result.Value.Categories, s => s.Recall) >= 0.8, Report());
        Assert.True(Evaluation.Macro(Result.Value.Categories, s => s.Precision) >= 0.7, Report());
    }

    [Fact]
    public void Evaluate_LabelledNotes_SignalsAboveFloor()
    {
        Assert.True(Evaluation.Macro(Result.Value.Signals, s => s.Recall) >= 0.75, Report());
        Assert.True(Evaluation.Macro(Result.Value.Signals, s => s.Precision) >= 0.7, Report());
        Assert.True(Result.Value.Quantities.Recall >= 0.75, Report());
    }

    [Fact]
    public void Evaluate_LabelledNotes_HeaderFieldsAboveFloor()
    {
        Assert.True(Result.Value.Accuracy["kind"] >= 0.9, Report());
        Assert.True(Result.Value.Accuracy["orgnr"] >= 0.95, Report());
        Assert.True(Result.Value.Accuracy["company"] >= 0.9, Report());
    }

    [Fact]
    public void Evaluate_HeldOutNotes_AboveLooserFloor()
    {
        Assert.True(Evaluation.Macro(HeldOut.Value.Categories, s => s.Recall) >= 0.6, Report());
        Assert.True(Evaluation.Macro(HeldOut.Value.Signals, s => s.Recall) >= 0.5, Report());
        Assert.True(HeldOut.Value.Accuracy["orgnr"] >= 0.95, Report());
    }

    [Fact]
    public void Evaluate_FreshNotes_AboveLooserFloor()
    {
        Assert.True(Evaluation.Macro(Fresh.Value.Categories, s => s.Recall) >= 0.6, Report());
        Assert.True(Evaluation.Macro(Fresh.Value.Signals, s => s.Recall) >= 0.5, Report());
        Assert.True(Fresh.Value.Accuracy["orgnr"] >= 0.95, Report());
    }

    [Fact]
    public void Evaluate_LabelledNotes_WritesTableToDocs()
    {
        var section = EvaluationReport.Render(Result.Value, HeldOut.Value, Fresh.Value);
        var doc = FindDoc();

        if (doc is not null)
        {
            var current = File.Exists(doc) ? File.ReadAllText(doc) : "# Quick capture";
            var updated = EvaluationReport.Merge(current, section);
            if (updated != current)
            {
                TryWrite(doc, updated);
            }
        }

        Assert.Contains("| kompetensforsorjning |", section, StringComparison.Ordinal);
    }

    /// <summary>Best effort: a read-only checkout (CI) keeps the committed table.</summary>
    private static void TryWrite(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The committed document stays as it is.
        }
    }

    private static string Report() => EvaluationReport.Render(Result.Value, HeldOut.Value, Fresh.Value);

    private static string? FindDoc()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NaringslivCrm.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "quick-capture.md");
            }
        }

        return null;
    }
}
