using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Api.FollowUps;

/// <summary>
/// Pages of follow-ups for the tab: reads index pages (never the whole municipality) and applies the remaining
/// filters; continues until it has a page or the index ends. Order: due date ascending (so overdue first), then id.
/// </summary>
public sealed class FollowUpLister(IFollowUpQueries queries, TimeProvider time)
{
    private const int MaxIndexPagesPerCall = 5;

    public async Task<Page<FollowUpSummary>> PageAsync(MunicipalityCode m, FollowUpFilter filter, int pageSize, string? continuation, CancellationToken ct)
    {
        var today = SwedishCalendar.Today(time);
        var items = new List<FollowUpSummary>();
        var token = continuation;
        for (var i = 0; i < MaxIndexPagesPerCall && items.Count < pageSize; i++)
        {
            var page = await ReadAsync(m, filter, today, pageSize, token, ct);
            items.AddRange(page.Items.Where(s => filter.Matches(s, today)));
            token = page.ContinuationToken;
            if (token is null)
            {
                break;
            }
        }

        return new Page<FollowUpSummary>(items, token);
    }

    private Task<Page<FollowUpSummary>> ReadAsync(MunicipalityCode m, FollowUpFilter f, DateOnly today, int size, string? token, CancellationToken ct)
    {
        bool? done = f.Status switch
        {
            "done" => true,
            "open" or "inProgress" or "active" => false,
            _ => null,
        };
        if (f.Owner is not null)
        {
            return queries.PageByOwnerAsync(m, f.Owner, done, size, token, ct);
        }

        if (f.Company is not null)
        {
            return queries.PageOfCompanyAsync(m, f.Company, size, token, ct);
        }

        return f.OpenOnly
            ? queries.PageOpenByDueAsync(m, f.Due switch { "overdue" => today.AddDays(-1), "today" => today, "week" => today.AddDays(7), _ => null }, size, token, ct)
            : queries.PageAllAsync(m, size, token, ct);
    }
}
