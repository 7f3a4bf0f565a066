namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>An expected signal; quantities written "40 Jobs", "1.5 Megawatts".</summary>
public sealed record LabelledSignal(string Type, IReadOnlyList<string> Quantities);
