namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>One officer note of the evaluation set with what a person reads from it.</summary>
public sealed record LabelledNote(
    string Id,
    string Text,
    string? Kind,
    string? OrgNumber,
    string? Company,
    IReadOnlyList<string> Categories,
    IReadOnlyList<LabelledSignal> Signals,
    int? Year);
