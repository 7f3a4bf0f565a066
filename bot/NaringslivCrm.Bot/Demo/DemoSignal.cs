using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Bot.Demo;

/// <summary>A signal of a demo interaction; YearFromNow turns into the time frame's year at seeding.</summary>
public sealed record DemoSignal(SignalType Type, string Description, IReadOnlyList<(decimal Amount, QuantityUnit Unit)> Quantities, string? TimeFrame = null, int? YearFromNow = null);
