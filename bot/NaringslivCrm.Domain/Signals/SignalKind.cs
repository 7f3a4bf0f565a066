namespace NaringslivCrm.Domain.Signals;

public enum SignalKind
{
    /// <summary>Expansionssignal: the firm may grow here.</summary>
    Expansion = 0,

    /// <summary>Varningssignal: the firm may shrink, move or close. Tracked to resolution.</summary>
    RedFlag = 1,
}
