using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Api.ServiceLevel;

/// <summary>
/// /api/v1/service-level (managers): per officer and month the closed follow-ups, median and 90th percentile days from
/// creation to återkoppling, and the share closed within the office's target; open follow-ups by age. Reads only the
/// counter rows kept with every follow-up change (SL| per officer and month, SO| per creation day): two range queries
/// whatever the number of follow-ups.
/// </summary>
public static class ServiceLevelApi
{
    public sealed class ServiceLevelOptions
    {
        public int TargetDays { get; set; } = 14;
    }

    /// <summary>One officer's closed follow-ups in one month (YYYY-MM); days in tenths, share 0..1.</summary>
    public sealed record ServiceLevelMonth(string Month, string OfficerId, string OfficerName, int Closed, double? MedianDays, double? P90Days, double? WithinTargetShare);

    /// <summary>Open follow-ups by age in days: bucket 0-7, 8-14, 15-30 or 31+.</summary>
    public sealed record AgeBucket([property: AllowedValues("0-7", "8-14", "15-30", "31+")] string Bucket, int Count);

    public sealed record ServiceLevelReport(int TargetDays, IReadOnlyList<ServiceLevelMonth> Months, IReadOnlyList<AgeBucket> OpenByAge);

    public static RouteGroupBuilder MapServiceLevelApi(this RouteGroupBuilder api)
    {
        api.MapGet("/service-level", async Task<Results<Ok<ServiceLevelReport>, ProblemHttpResult>> (HttpContext http, string? from, string? to, IOfficerDirectory officers, IServiceLevelQueries queries,
            IOptions<ServiceLevelOptions> options, TimeProvider time, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var today = SwedishCalendar.Today(time);
            if (!TryMonth(from, new DateOnly(today.Year, 1, 1), out var start) || !TryMonth(to, today, out var end) || end < start)
            {
                return Problems.BadRequest(http, "Ange månader som ÅÅÅÅ-MM (from ≤ to).", "Give months as YYYY-MM (from ≤ to).");
            }

            var target = options.Value.TargetDays;
            var closed = queries.ClosedAsync(user.Code, start, end, ct);
            var open = queries.OpenByCreationDayAsync(user.Code, ct);
            var names = (await officers.ListAsync(user.Code, ct)).ToDictionary(o => o.UserId, o => o.DisplayName, StringComparer.Ordinal);
            var months = (await closed)
                .Where(c => c.Days.Total > 0)
                .OrderBy(c => c.Month, StringComparer.Ordinal)
                .ThenBy(c => names.GetValueOrDefault(c.OwnerId, c.OwnerName), StringComparer.CurrentCulture)
                .Select(c => new ServiceLevelMonth(c.Month, c.OwnerId, names.GetValueOrDefault(c.OwnerId, c.OwnerName), c.Days.Total,
                    c.Days.Percentile(50), c.Days.Percentile(90), Math.Round(c.Days.CountAtMost(target) / (double)c.Days.Total, 3)));

            var buckets = new[] { ("0-7", 0, 7), ("8-14", 8, 14), ("15-30", 15, 30), ("31+", 31, int.MaxValue) };
            var byDay = await open;
            var openByAge = buckets.Select(b => new AgeBucket(b.Item1,
                byDay.Where(d => (today.DayNumber - d.Created.DayNumber) is var age && age >= b.Item2 && age <= b.Item3).Sum(d => d.Open)));
            return TypedResults.Ok(new ServiceLevelReport(target, [.. months], [.. openByAge]));
        }).ProducesProblem(400).ProducesProblem(403)
            .RequireManager("Servicenivån är till för chefer.", "The service level is for managers.");
        return api;
    }

    private static bool TryMonth(string? text, DateOnly fallback, out DateOnly month)
    {
        month = new DateOnly(fallback.Year, fallback.Month, 1);
        return text is null || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
    }
}
