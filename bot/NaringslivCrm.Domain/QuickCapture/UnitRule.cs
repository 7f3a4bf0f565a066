using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>How a unit is written after a number ("MW", "miljoner", "kvm").</summary>
/// <param name="Multiplier">Factor to the stored unit: "miljoner" is 1 000 000 SEK.</param>
/// <param name="Implies">The signal a quantity stands for when no signal words nearby take it; null when the quantity
/// alone is no signal ("3 anställda" is the firm's size, not hiring).</param>
/// <param name="ImpliesNearGrowth">The signal it stands for when its sentence holds an expansion signal
/// ("ny fabrik 2029, 500 anställda" is hiring, "3 anställda" alone is not).</param>
public sealed record UnitRule(
    QuantityUnit Unit, IReadOnlyList<string> Patterns, decimal Multiplier, SignalType? Implies, SignalType? ImpliesNearGrowth = null);
