using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>A signal found in a message, for the officer to confirm.</summary>
/// <param name="Evidence">The words that triggered it, as written.</param>
public sealed record SignalDraft(SignalType Type, IReadOnlyList<Quantity> Quantities, TimeFrame? TimeFrame, string Evidence)
{
    public SignalKind Kind => Signal.KindOf(Type);
}
