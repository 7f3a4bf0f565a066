namespace NaringslivCrm.Domain.Needs;

/// <summary>How much the need matters to the firm, as the officer judges it.</summary>
public enum NeedSeverity
{
    Low = 1,
    Medium = 2,
    High = 3,
}
