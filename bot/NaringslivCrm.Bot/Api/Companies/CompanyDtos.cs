using System.ComponentModel.DataAnnotations;
using NaringslivCrm.Bot.Api.FollowUps;

namespace NaringslivCrm.Bot.Api.Companies;

// The company answers of /api/v1/companies, as the OpenAPI document describes them. Small records, kept together.

/// <summary>A company in the search list: its stats row's last contact and open counts.</summary>
public sealed record CompanySummary(string OrgNr, string Name, string? SniCode, string? LastContact, int OpenNeeds, int OpenSignals, int OpenFollowUps);

/// <summary>The company's register facts on its page.</summary>
public sealed record CompanyFacts(
    string OrgNr, string Name, string? SniCode, string? Address, string? EmployeesBand, string? ResponsibleOfficerName, bool KeyAccount);

/// <summary>
/// One line of a company's timeline. Kind: interaction, need, signal or followUp. Status: a need's or signal's open /
/// resolved, a follow-up's open / inProgress / done. Id: the contact's id on an interaction, the follow-up's on a
/// follow-up. FollowUp: the whole follow-up on a followUp line (as the follow-up list has it), so it can be acted on.
/// </summary>
public sealed record TimelineEntry(
    [property: AllowedValues("interaction", "need", "signal", "followUp")] string Kind, string Date, string Title, string? Detail,
    [property: AllowedValues("open", "resolved", "inProgress", "done")] string? Status, bool Confidential, string? Id = null, FollowUpDto? FollowUp = null);

/// <summary>A company with one page of its timeline, newest first; the token fetches the next, older page.</summary>
public sealed record CompanyDetail(CompanyFacts Company, IReadOnlyList<TimelineEntry> Timeline, string? ContinuationToken);
