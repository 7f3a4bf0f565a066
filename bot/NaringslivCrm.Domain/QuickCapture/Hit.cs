namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Where something was found in the message.</summary>
internal readonly record struct Hit(int Index, int Length)
{
    public int End => Index + Length;

    public bool Overlaps(Hit other) => Index < other.End && other.Index < End;

    public int DistanceTo(Hit other) =>
        Overlaps(other) ? 0 : Math.Min(Math.Abs(Index - other.End), Math.Abs(other.Index - End));
}
