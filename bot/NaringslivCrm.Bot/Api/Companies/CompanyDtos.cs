using System.ComponentModel.DataAnnotations;
namespace NaringslivCrm.Bot.Api.Companies;

// The company answers of /api/v1/companies, as the OpenAPI document describes them. Small records, kept together.

/// <summary>A company in the search list: its stats row's last contact and open counts.</summary>
public sealed record CompanySummary(string OrgNr, string Name, string? SniCode, string? LastContact, int OpenNeeds, int OpenSignals, int OpenFollowUps);

/// <summary>The company's register facts on its page.</summary>
public sealed record CompanyFacts(
    string OrgNr, string Name, string? SniCode, string? Address, string? EmployeesBand, string? ResponsibleOfficerName, bool KeyAccount);

/// <summary>
/// One line of a company's timeline. Kind: interaction, need, signal or followUp. Status: a need's or signal's status
/// in lower case, a follow-up's as open / inProgress / done. Id: the contact's id on an interaction, the follow-up's id
/// on a follow-up. Etag: a follow-up's version (sent back as If-Match to change it), null otherwise.
/// </summary>
public sealed record TimelineEntry([property: AllowedValues("interaction", "need", "signal", "followUp")] string Kind, string Date, string Title, string? Detail, string? Status, bool Confidential, string? Id = null, string? Etag = null);

/// <summary>A company with one page of its timeline, newest first; the token fetches the next, older page.</summary>
public sealed record CompanyDetail(CompanyFacts Company, IReadOnlyList<TimelineEntry> Timeline, string? ContinuationToken);
