namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>One officer note of the evaluation set with what a person reads from it.</summary>
/// <param name="Style">How the note is written (short, long, list, dictated, mixed, redflag, followup, firmfirst).</param>
/// <param name="NewCompany">The name of a firm the note names that is not in the register, as written.</param>
/// <param name="Date">The contact's date the note states, in days from the evaluation's "today" (-1 = "igår").</param>
public sealed record LabelledNote(
    string Id,
    string Text,
    string? Kind,
    string? OrgNumber,
    string? Company,
    IReadOnlyList<string> Categories,
    IReadOnlyList<LabelledSignal> Signals,
    int? Year,
    string? Style = null,
    string? NewCompany = null,
    int? Date = null)
{
    public bool NamesFirm => Company is not null || NewCompany is not null || OrgNumber is not null;
}
