using System.Globalization;

namespace NaringslivCrm.Domain.Calendar;

/// <summary>The ISO 8601 week of a date as "2026-W09" (weeks start on Monday; week 1 holds the year's first Thursday), as Swedish calendars number them.</summary>
public static class IsoWeek
{
    public static string Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }
}
