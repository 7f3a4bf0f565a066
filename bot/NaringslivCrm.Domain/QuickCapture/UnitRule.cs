using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>How a unit is written after a number ("MW", "miljoner", "kvm").</summary>
/// <param name="Multiplier">Factor to the stored unit: "miljoner" is 1 000 000 SEK.</param>
/// <param name="Implies">The signal a quantity stands for when no signal words nearby take it.</param>
public sealed record UnitRule(QuantityUnit Unit, IReadOnlyList<string> Patterns, decimal Multiplier, SignalType Implies);
