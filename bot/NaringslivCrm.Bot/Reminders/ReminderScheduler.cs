using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Domain.Calendar;
using MunicipalityCode = NaringslivCrm.Domain.Municipalities.MunicipalityCode;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// Every tick (TimeProvider), on Swedish working days within office hours (Europe/Stockholm): plans the day's
/// reminders for each municipality from the index and sends what the outbox holds. Outside office hours, on weekends
/// and public holidays nothing is planned or sent; pending entries wait for the next working hour.
/// </summary>
public sealed partial class ReminderScheduler(
    ReminderPlanner planner,
    ReminderDispatcher dispatcher,
    IMunicipalityDirectory municipalities,
    SwedishCalendar calendar,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>True when reminders may go out at this instant.</summary>
    public bool IsOfficeHours(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Stockholm);
        var clock = TimeOnly.FromDateTime(local.DateTime);
        return calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime))
            && clock >= options.Value.OfficeHoursStart && clock < options.Value.OfficeHoursEnd;
    }

    /// <summary>One round: plan and dispatch for every municipality at once (when in office hours).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!IsOfficeHours(now))
        {
            return 0;
        }

        // Municipalities side by side: each is its own tenant with its own Graph budget, so one office's batch never
        // waits behind another's.
        var today = SwedishCalendar.DateOf(now);
        var sent = await Task.WhenAll(municipalities.All.Select(async m =>
        {
            var code = MunicipalityCode.Parse(m.Code).Value;
            await planner.PlanAsync(code, today, now, cancellationToken);
            return await dispatcher.DispatchAsync(code, cancellationToken);
        }));
        return sent.Sum();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => options.Value.Enabled
        ? Hosting.PeriodicRounds.RunAsync("Reminder", options.Value.Tick, time, logger, RunOnceAsync, stoppingToken)
        : Task.CompletedTask;
}
