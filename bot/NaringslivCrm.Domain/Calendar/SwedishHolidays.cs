namespace NaringslivCrm.Domain.Calendar;

/// <summary>Computes the Swedish public holidays (lag 1989:253) plus the de facto days off for one year.</summary>
internal static class SwedishHolidays
{
    public static IReadOnlyList<PublicHoliday> For(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = FirstWeekday(new DateOnly(year, 6, 19), DayOfWeek.Friday);
        var allSaints = FirstWeekday(new DateOnly(year, 10, 31), DayOfWeek.Saturday);
        return
        [
            new(new DateOnly(year, 1, 1), "nyårsdagen", "New Year's Day"),
            new(new DateOnly(year, 1, 6), "trettondedag jul", "Epiphany"),
            new(easter.AddDays(-2), "långfredagen", "Good Friday"),
            new(easter, "påskdagen", "Easter Sunday"),
            new(easter.AddDays(1), "annandag påsk", "Easter Monday"),
            new(new DateOnly(year, 5, 1), "första maj", "May Day"),
            new(easter.AddDays(39), "Kristi himmelsfärdsdag", "Ascension Day"),
            new(easter.AddDays(49), "pingstdagen", "Whit Sunday"),
            new(new DateOnly(year, 6, 6), "Sveriges nationaldag", "National Day"),
            new(midsummerEve, "midsommarafton", "Midsummer Eve", IsDeFacto: true),
            new(midsummerEve.AddDays(1), "midsommardagen", "Midsummer Day"),
            new(allSaints, "alla helgons dag", "All Saints' Day"),
            new(new DateOnly(year, 12, 24), "julafton", "Christmas Eve", IsDeFacto: true),
            new(new DateOnly(year, 12, 25), "juldagen", "Christmas Day"),
            new(new DateOnly(year, 12, 26), "annandag jul", "Boxing Day"),
            new(new DateOnly(year, 12, 31), "nyårsafton", "New Year's Eve", IsDeFacto: true),
        ];
    }

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstWeekday(DateOnly from, DayOfWeek day) =>
        from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);
}
