using NaringslivCrm.Domain.QuickCapture;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>
/// What a quick-capture draft guessed and what the officer should check, in the officer's language: a kind or date not
/// stated, a firm taken from a near spelling, a firm not in the register (create it, or pick one of the closest).
/// </summary>
public static class DraftHints
{
    public static IReadOnlyList<string> For(QuickCaptureDraft parsed, QuickCaptureDrafter.Outcome outcome, bool en)
    {
        var hints = new List<string>();
        if (parsed.Kind is null)
        {
            var kind = Labels.Kind(outcome.Draft.Kind, en);
            hints.Add(en ? $"The type is a guess ({kind}): change it if it was something else." : $"Typen är gissad ({kind}): ändra om det var något annat.");
        }

        if (parsed.Date is null)
        {
            hints.Add(en ? "The date is a guess (today)." : "Datumet är gissat (i dag).");
        }

        if (parsed.CompanyGuessed && parsed.Company is { } guessed)
        {
            hints.Add(en ? $"The company is a guess from the spelling: {guessed.Name}." : $"Företaget är gissat från stavningen: {guessed.Name}.");
        }

        if (outcome.Draft.Company is null && parsed.CompanyNameCandidate is { } read)
        {
            hints.Add(en
                ? $"“{read}” is not in the company register. Enter its org number to create it with the name below."
                : $"”{read}” finns inte i företagsregistret. Ange organisationsnumret så skapas företaget med namnet nedan.");
        }

        if (outcome.Draft.Company is null && parsed.CompanySuggestions.Count > 0)
        {
            var closest = string.Join(", ", parsed.CompanySuggestions.Select(c => $"{c.Name} ({c.OrgNumber.ToString()})"));
            hints.Add(en ? $"Closest in the register: {closest}." : $"Närmast i registret: {closest}.");
        }

        return hints;
    }
}
