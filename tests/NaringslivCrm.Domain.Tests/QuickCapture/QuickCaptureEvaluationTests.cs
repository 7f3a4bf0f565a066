using NaringslivCrm.Domain.QuickCapture;

namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>
/// Scores the parser on the labelled notes. The figures in docs/quick-capture.md are regenerated only by
/// <c>dotnet run --project tools/QuickCaptureEval -- --write</c>; this test fails when they are stale.
/// </summary>
public class QuickCaptureEvaluationTests
{
    private static readonly QuickCaptureParser Parser = new();
    private static readonly Lazy<Evaluation> Development = new(() => Evaluation.Run(Parser, EvaluationSet.AllDevelopment()));
    private static readonly Lazy<Evaluation> HeldOut = new(() => Evaluation.Run(Parser, EvaluationSet.HeldOut2026));

    [Fact]
    public void Evaluate_DevelopmentNotes_CategoriesAboveFloor()
    {
        Assert.True(Evaluation.Macro(Development.Value.Categories, s => s.Recall) >= 0.8, Report());
        Assert.True(Evaluation.Macro(Development.Value.Categories, s => s.Precision) >= 0.8, Report());
    }

    [Fact]
    public void Evaluate_DevelopmentNotes_SignalsAboveFloor()
    {
        Assert.True(Evaluation.Macro(Development.Value.Signals, s => s.Recall) >= 0.8, Report());
        Assert.True(Evaluation.Macro(Development.Value.Signals, s => s.Precision) >= 0.8, Report());
        Assert.True(Development.Value.Quantities.Recall >= 0.8, Report());
    }

    [Fact]
    public void Evaluate_DevelopmentNotes_HeaderFieldsAboveFloor()
    {
        Assert.True(Development.Value.Accuracy["kind"] >= 0.9, Report());
        Assert.True(Development.Value.Accuracy["orgnr"] >= 0.95, Report());
        Assert.True(Development.Value.Accuracy["company"] >= 0.9, Report());
    }

    [Fact]
    public void Evaluate_HeldOutNotes_AboveLooserFloor()
    {
        Assert.True(Evaluation.Macro(HeldOut.Value.Categories, s => s.Recall) >= 0.6, Report());
        Assert.True(Evaluation.Macro(HeldOut.Value.Signals, s => s.Recall) >= 0.6, Report());
        Assert.True(HeldOut.Value.Drafts.Drafted >= 0.9 * HeldOut.Value.Drafts.Naming, Report());
    }

    [Fact]
    public void Evaluate_CommittedFigures_MatchTheParser()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "quick-capture.md"));

        var committed = EvaluationReport.Extract(doc);
        var current = EvaluationReport.Extract(EvaluationReport.Render(HeldOut.Value, Development.Value));

        Assert.True(
            committed == current,
            "docs/quick-capture.md has stale quick-capture figures; regenerate them with "
            + "`dotnet run --project tools/QuickCaptureEval -- --write` and commit the result.");
    }

    private static string Report() => EvaluationReport.Render(HeldOut.Value, Development.Value);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NaringslivCrm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (NaringslivCrm.sln) is not above the test binaries.");
    }
}
