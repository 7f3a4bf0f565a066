using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Words that show a signal, and the quantities it takes.</summary>
/// <param name="Units">Units of nearby quantities that belong to this signal (e.g. Jobs for "varslar 25 personer").</param>
/// <param name="Category">A need category the signal implies, if any (Hiring → kompetensförsörjning).</param>
/// <param name="BareNumber">Unit for a number right after the words with no unit of its own ("anställa 15").</param>
public sealed record SignalRule(
    SignalType Type,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<QuantityUnit>? Units = null,
    string? Category = null,
    QuantityUnit? BareNumber = null);
