using System.Globalization;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.Calendar;

namespace NaringslivCrm.Bot.Api.ServiceLevel;

/// <summary>
/// /api/v1/service-level (managers): per officer and month the closed follow-ups, median and 90th percentile days from
/// creation to återkoppling, and the share closed within the office's target; open follow-ups by age. Reads the
/// officers' done index rows (FO|owner|X|) and the open-by-due index (FD|), page by page.
/// </summary>
public static class ServiceLevelApi
{
    public sealed class ServiceLevelOptions
    {
        public int TargetDays { get; set; } = 14;
    }

    public static RouteGroupBuilder MapServiceLevelApi(this RouteGroupBuilder api)
    {
        api.MapGet("/service-level", async (HttpContext http, string? from, string? to, IOfficerDirectory officers, IFollowUpQueries queries,
            IOptions<ServiceLevelOptions> options, TimeProvider time, CancellationToken ct) =>
        {
            var user = http.TabUser();
            if (!user.IsManager)
            {
                return Problems.Of(http, 403, "Servicenivån är till för chefer.", "The service level is for managers.");
            }

            var today = SwedishCalendar.Today(time);
            if (!TryMonth(from, new DateOnly(today.Year, 1, 1), out var start) || !TryMonth(to, today, out var end) || end < start)
            {
                return Problems.BadRequest(http, "Ange månader som ÅÅÅÅ-MM (from ≤ to).", "Give months as YYYY-MM (from ≤ to).");
            }

            var target = options.Value.TargetDays;
            var months = new List<object>();
            foreach (var officer in await officers.ListAsync(user.Code, ct))
            {
                var closed = await AllAsync(t => queries.PageByOwnerAsync(user.Code, officer.UserId, true, 500, t, ct));
                foreach (var month in closed.Where(c => c.ClosedAt is { } at && InRange(at, start, end)).GroupBy(c => c.ClosedAt!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderBy(g => g.Key))
                {
                    var days = month.Select(c => (c.ClosedAt!.Value - c.CreatedAt).TotalDays).Order().ToArray();
                    months.Add(new
                    {
                        month = month.Key,
                        officerId = officer.UserId,
                        officerName = officer.DisplayName,
                        closed = days.Length,
                        medianDays = Math.Round(Percentile(days, 50), 1),
                        p90Days = Math.Round(Percentile(days, 90), 1),
                        withinTargetShare = Math.Round(days.Count(d => d <= target) / (double)days.Length, 3),
                    });
                }
            }

            var open = await AllAsync(t => queries.PageOpenByDueAsync(user.Code, null, 500, t, ct));
            var buckets = new[] { ("0-7", 0, 7), ("8-14", 8, 14), ("15-30", 15, 30), ("31+", 31, int.MaxValue) };
            var openByAge = buckets.Select(b => new
            {
                bucket = b.Item1,
                count = open.Count(f => (today.DayNumber - SwedishCalendar.DateOf(f.CreatedAt).DayNumber) is var age && age >= b.Item2 && age <= b.Item3),
            });
            return Results.Ok(new { targetDays = target, months, openByAge });
        });
        return api;
    }

    private static async Task<List<FollowUpSummary>> AllAsync(Func<string?, Task<Page<FollowUpSummary>>> page)
    {
        var all = new List<FollowUpSummary>();
        string? token = null;
        do
        {
            var p = await page(token);
            all.AddRange(p.Items);
            token = p.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    private static bool TryMonth(string? text, DateOnly fallback, out DateOnly month)
    {
        month = new DateOnly(fallback.Year, fallback.Month, 1);
        return text is null || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
    }

    private static bool InRange(DateTimeOffset at, DateOnly start, DateOnly end)
    {
        var d = SwedishCalendar.DateOf(at);
        return d >= start && d < end.AddMonths(1);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
