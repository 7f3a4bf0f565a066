using System.Collections.Concurrent;

namespace NaringslivCrm.Domain.Calendar;

/// <summary>
/// Working days in Sweden (Europe/Stockholm): Monday–Friday except public holidays and the de facto days off
/// midsommarafton, julafton and nyårsafton. Thread-safe; register one instance as a singleton.
/// </summary>
public sealed class SwedishCalendar
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private readonly ConcurrentDictionary<int, IReadOnlyList<PublicHoliday>> _years = new();

    /// <summary>Today's date in Stockholm according to <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Stockholm).DateTime);

    /// <summary>The Stockholm calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Stockholm).DateTime);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && HolidayOn(date) is null;

    /// <summary>
    /// The holiday on this date, or null. When two fall on one day (Kristi himmelsfärd on 1 May in 2008),
    /// the fixed-date one is returned.
    /// </summary>
    public PublicHoliday? HolidayOn(DateOnly date) => Holidays(date.Year).FirstOrDefault(h => h.Date == date);

    /// <summary>All holidays of a year in date order (including those on weekends; a date may appear twice).</summary>
    public IReadOnlyList<PublicHoliday> Holidays(int year) =>
        _years.GetOrAdd(year, y => [.. SwedishHolidays.For(y).OrderBy(h => h.Date)]);

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary><paramref name="date"/> itself if it is a working day, otherwise the next one.</summary>
    public DateOnly WorkingDayOnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>
    /// Moves <paramref name="days"/> working days forward (or back, if negative). From a non-working day,
    /// adding one gives the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var current = date;
        for (var remaining = Math.Abs(days); remaining > 0;)
        {
            current = current.AddDays(step);
            if (IsWorkingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }
}
