namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// Words that date the contact relative to today: <see cref="Days"/> back ("igår" = -1), or the last
/// <see cref="Weekday"/> before today ("i måndags").
/// </summary>
public sealed record RelativeDateRule(IReadOnlyList<string> Patterns, int? Days = null, DayOfWeek? Weekday = null)
{
    public DateOnly Resolve(DateOnly today)
    {
        if (Weekday is { } weekday)
        {
            var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
            return today.AddDays(back == 0 ? -7 : -back);
        }

        return today.AddDays(Days ?? 0);
    }
}
