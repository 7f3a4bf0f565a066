using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Api.FollowUps;

/// <summary>
/// The follow-up list filters (owner, status, due, category, company). The owner and due filters choose the index to
/// read (FO| by owner, FD| open by due date); the rest are applied to each page. An officer without the manager role
/// only ever gets their own follow-ups.
/// </summary>
public sealed record FollowUpFilter(string? Owner, string Status, string Due, string? Category, OrgNumber? Company)
{
    private static readonly string[] Statuses = ["open", "inProgress", "done", "active", "all"];
    private static readonly string[] Dues = ["overdue", "today", "week", "all"];

    public static (FollowUpFilter? Filter, string? Error) Parse(HttpRequest request, TabUser user)
    {
        var q = request.Query;
        var status = q["status"].ToString() is { Length: > 0 } s ? s : "all";
        var due = q["due"].ToString() is { Length: > 0 } d ? d : "all";
        if (!Statuses.Contains(status) || !Dues.Contains(due))
        {
            return (null, "status or due");
        }

        OrgNumber? company = null;
        if (q["company"].ToString() is { Length: > 0 } c)
        {
            var parsed = OrgNumber.Parse(c);
            if (!parsed.IsSuccess)
            {
                return (null, "company");
            }

            company = parsed.Value;
        }

        var owner = q["owner"].ToString() is { Length: > 0 } o ? (o == "me" ? user.UserId : o) : null;
        if (!user.IsManager)
        {
            owner = user.UserId;
        }

        return (new FollowUpFilter(owner, status, due, q["category"].ToString() is { Length: > 0 } cat ? cat : null, company), null);
    }

    public bool Matches(FollowUpSummary s, DateOnly today)
    {
        var statusOk = Status switch
        {
            "open" => s.Status == "Open",
            "inProgress" => s.Status == "InProgress",
            "done" => s.Status == "Done",
            "active" => s.Status != "Done",
            _ => true,
        };
        var dueOk = Due switch
        {
            "overdue" => s.Status != "Done" && s.DueDate < today,
            "today" => s.DueDate == today,
            "week" => s.DueDate >= today && s.DueDate <= today.AddDays(7),
            _ => true,
        };
        return statusOk && dueOk && (Category is null || s.Categories.Contains(Category))
            && (Company is null || s.CompanyOrgNr == Company.Digits) && (Owner is null || s.OwnerId == Owner);
    }

    /// <summary>True when the municipality-wide open index (FD|) has every row the filter can match.</summary>
    public bool OpenOnly => Status is "open" or "inProgress" or "active" || Due == "overdue";
}
