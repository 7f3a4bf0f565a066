using System.ComponentModel.DataAnnotations;
using System.Globalization;
using NaringslivCrm.Bot.FollowUps.Changes;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Api.FollowUps;

/// <summary>A follow-up as the tab shows it. The etag is the follow-up's version (<see cref="FollowUpVersion"/>), the same one its chat cards carry.</summary>
public sealed record FollowUpDto(
    string Id, string Title, string CompanyOrgNr, string CompanyName, string OwnerId, string OwnerName, string DueDate,
    [property: AllowedValues("open", "inProgress", "done")] string Status, IReadOnlyList<string> Categories, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, string? FeedbackNote,
    bool Overdue, string Etag)
{
    public static FollowUpDto From(FollowUpSummary s, DateOnly today) => new(
        s.Id.ToString("N"), s.Description, Org(s.CompanyOrgNr), s.CompanyName, s.OwnerId, s.OwnerName, Iso(s.DueDate),
        Wire(Enum.Parse<FollowUpStatus>(s.Status)), s.Categories, s.CreatedAt, s.ClosedAt, null,
        s.Status != nameof(FollowUpStatus.Done) && today > s.DueDate, FollowUpVersion.Tag(s.Version));

    public static FollowUpDto From(FollowUp f, string companyName, IReadOnlyList<string> categories, DateOnly today) => new(
        f.Id.ToString("N"), f.Description, f.Company.ToString(), companyName, f.Owner.UserId, f.Owner.DisplayName, Iso(f.DueDate),
        Wire(f.Status), categories, f.CreatedAt, f.ClosedAt, f.ClosingNote, f.IsOverdueOn(today), FollowUpVersion.Tag(f.Version));

    public static string Wire(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Open => "open",
        FollowUpStatus.InProgress => "inProgress",
        _ => "done",
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Org(string digits) => OrgNumber.Parse(digits) is { IsSuccess: true } o ? o.Value.ToString() : digits;
}
