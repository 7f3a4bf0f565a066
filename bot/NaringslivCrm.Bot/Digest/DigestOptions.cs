using System.Globalization;
using Microsoft.Extensions.Options;

namespace NaringslivCrm.Bot.Digest;

/// <summary>Settings "Digest": when the weekly digest goes out, who may choose where, and the "Visa mer" link.</summary>
public sealed class DigestOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Cron "minute hour * * day-of-week" in Europe/Stockholm; default Monday 07:00.</summary>
    public string Schedule { get; set; } = "0 7 * * 1";

    /// <summary>Entra object ids of the network members who may write "aktivera veckobrev här".</summary>
    public List<string> Activators { get; set; } = [];

    /// <summary>Where "Visa mer" leads (the tab's deep link); none when empty.</summary>
    public string? TabLink { get; set; }

    public TimeSpan Tick { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>A small cron: minute and hour as numbers or lists, day-of-month and month "*", day of week 0–7 (0 and 7 Sunday), lists or "*".</summary>
public sealed record WeeklySchedule(IReadOnlySet<int> Minutes, IReadOnlySet<int> Hours, IReadOnlySet<DayOfWeek> Days)
{
    public static WeeklySchedule? Parse(string? cron)
    {
        var f = (cron ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length != 5 || f[2] != "*" || f[3] != "*")
        {
            return null;
        }

        var minutes = Field(f[0], 0, 59);
        var hours = Field(f[1], 0, 23);
        var days = Field(f[4], 0, 7);
        return minutes is null || hours is null || days is null ? null : new WeeklySchedule(minutes, hours, days.Select(d => (DayOfWeek)(d % 7)).ToHashSet());
    }

    /// <summary>The latest scheduled local time at or before <paramref name="local"/> in the same ISO week (Monday–Sunday), if any.</summary>
    public DateTime? LatestInWeek(DateTime local)
    {
        var monday = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        for (var day = local.Date; day >= monday; day = day.AddDays(-1))
        {
            if (!Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var times = Hours.SelectMany(h => Minutes.Select(m => day.AddHours(h).AddMinutes(m))).Where(t => t <= local).ToList();
            if (times.Count > 0)
            {
                return times.Max();
            }
        }

        return null;
    }

    private static HashSet<int>? Field(string text, int min, int max)
    {
        if (text == "*")
        {
            return [.. Enumerable.Range(min, max - min + 1)];
        }

        var values = new HashSet<int>();
        foreach (var part in text.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            {
                return null;
            }

            values.Add(v);
        }

        return values;
    }
}

public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var errors = new List<string>();
        if (WeeklySchedule.Parse(options.Schedule) is null)
        {
            errors.Add($"Digest:Schedule \"{options.Schedule}\" is not a weekly cron \"minute hour * * day-of-week\" (e.g. \"0 7 * * 1\" for Monday 07:00).");
        }

        if (options.Tick <= TimeSpan.Zero)
        {
            errors.Add("Digest:Tick must be a positive time span.");
        }

        if (options.TabLink is { Length: > 0 } link && !link.StartsWith("https://", StringComparison.Ordinal))
        {
            errors.Add("Digest:TabLink must be an https link (a Teams deep link).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
