namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>Counts for one label: true positives, false positives, false negatives.</summary>
internal sealed record Score(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support == 0 ? 1 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
