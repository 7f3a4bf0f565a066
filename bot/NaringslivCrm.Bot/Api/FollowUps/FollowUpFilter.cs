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

    /// <summary>Why a filter was refused, in Swedish and English, naming the filter as the tab labels it.</summary>
    public sealed record Refusal(string Swedish, string English);

    public static (FollowUpFilter? Filter, Refusal? Error) Parse(HttpRequest request, TabUser user)
    {
        var q = request.Query;
        var status = q["status"].ToString() is { Length: > 0 } s ? s : "all";
        var due = q["due"].ToString() is { Length: > 0 } d ? d : "all";
        if (!Statuses.Contains(status))
        {
            return (null, new("Okänd status. Välj Aktiva, Öppna, Pågår, Klara eller Alla.", "Unknown status. Choose active, open, in progress, done or all."));
        }

        if (!Dues.Contains(due))
        {
            return (null, new("Okänt förfalloval. Välj Försenade, Idag, Denna vecka eller Alla.", "Unknown due filter. Choose overdue, today, this week or all."));
        }

        OrgNumber? company = null;
        if (q["company"].ToString() is { Length: > 0 } c)
        {
            var parsed = OrgNumber.Parse(c);
            if (!parsed.IsSuccess)
            {
                return (null, new("Företagsfiltret tar ett organisationsnummer (NNNNNN-NNNN). Sök på namn och välj företaget i listan.",
                    "The company filter takes an organisation number (NNNNNN-NNNN). Search by name and choose the company in the list."));
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
