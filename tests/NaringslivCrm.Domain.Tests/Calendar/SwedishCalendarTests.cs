using Microsoft.Extensions.Time.Testing;
using NaringslivCrm.Domain.Calendar;

namespace NaringslivCrm.Domain.Tests.Calendar;

public class SwedishCalendarTests
{
    private readonly SwedishCalendar _calendar = new();

    [Theory]
    [InlineData("2024-01-01", "nyårsdagen")]
    [InlineData("2024-03-29", "långfredagen")]
    [InlineData("2024-03-31", "påskdagen")]
    [InlineData("2024-04-01", "annandag påsk")]
    [InlineData("2024-05-09", "Kristi himmelsfärdsdag")]
    [InlineData("2024-06-21", "midsommarafton")]
    [InlineData("2024-11-02", "alla helgons dag")]
    [InlineData("2025-01-06", "trettondedag jul")]
    [InlineData("2025-04-18", "långfredagen")]
    [InlineData("2025-04-20", "påskdagen")]
    [InlineData("2025-04-21", "annandag påsk")]
    [InlineData("2025-05-29", "Kristi himmelsfärdsdag")]
    [InlineData("2025-06-20", "midsommarafton")]
    [InlineData("2025-06-21", "midsommardagen")]
    [InlineData("2025-11-01", "alla helgons dag")]
    [InlineData("2026-04-03", "långfredagen")]
    [InlineData("2026-04-05", "påskdagen")]
    [InlineData("2026-05-14", "Kristi himmelsfärdsdag")]
    [InlineData("2026-06-06", "Sveriges nationaldag")]
    [InlineData("2026-06-19", "midsommarafton")]
    [InlineData("2026-10-31", "alla helgons dag")]
    [InlineData("2026-12-24", "julafton")]
    [InlineData("2027-03-26", "långfredagen")]
    [InlineData("2027-03-28", "påskdagen")]
    [InlineData("2027-03-29", "annandag påsk")]
    [InlineData("2027-05-06", "Kristi himmelsfärdsdag")]
    [InlineData("2027-06-25", "midsommarafton")]
    [InlineData("2027-06-26", "midsommardagen")]
    [InlineData("2027-11-06", "alla helgons dag")]
    [InlineData("2027-12-31", "nyårsafton")]
    public void HolidayOn_KnownHoliday_ReturnsName(string date, string name)
    {
        var holiday = _calendar.HolidayOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(name, holiday?.SwedishName);
    }

    [Theory]
    [InlineData("2026-04-03", false)] // långfredagen
    [InlineData("2026-04-06", false)] // annandag påsk
    [InlineData("2026-04-07", true)]
    [InlineData("2026-05-01", false)] // första maj, Friday
    [InlineData("2026-06-19", false)] // midsommarafton
    [InlineData("2026-06-22", true)]
    [InlineData("2026-11-21", false)] // Saturday
    [InlineData("2026-11-23", true)]
    [InlineData("2026-12-24", false)]
    [InlineData("2026-12-28", true)]
    public void IsWorkingDay_Vector_MatchesCalendar(string date, bool expected)
    {
        Assert.Equal(expected, _calendar.IsWorkingDay(Day(date)));
    }

    [Theory]
    [InlineData("2026-04-02", "2026-04-07")] // Maundy Thursday → Tuesday after Easter
    [InlineData("2026-06-18", "2026-06-22")] // day before midsommarafton
    [InlineData("2026-12-23", "2026-12-28")]
    [InlineData("2026-12-30", "2027-01-04")] // nyårsafton, nyårsdagen, weekend
    public void NextWorkingDay_BeforeHolidays_SkipsThem(string from, string expected)
    {
        Assert.Equal(Day(expected), _calendar.NextWorkingDay(Day(from)));
    }

    [Theory]
    [InlineData("2026-11-23", 5, "2026-11-30")]
    [InlineData("2026-12-21", 3, "2026-12-28")]
    [InlineData("2026-11-21", 1, "2026-11-23")] // from Saturday
    [InlineData("2026-11-30", -5, "2026-11-23")]
    [InlineData("2026-11-23", 0, "2026-11-23")]
    public void AddWorkingDays_Vector_SkipsWeekendsAndHolidays(string from, int days, string expected)
    {
        Assert.Equal(Day(expected), _calendar.AddWorkingDays(Day(from), days));
    }

    [Fact]
    public void HolidayOn_AscensionOnMayDay2008_ReturnsOneHoliday()
    {
        Assert.Equal("första maj", _calendar.HolidayOn(Day("2008-05-01"))?.SwedishName);
        Assert.Equal(2, _calendar.Holidays(2008).Count(h => h.Date == Day("2008-05-01")));
    }

    [Fact]
    public void Holidays_AnyYear_HasSixteenDays()
    {
        Assert.Equal(16, _calendar.Holidays(2030).Count);
    }

    [Fact]
    public void Today_LateEveningUtc_IsNextDayInStockholm()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(Day("2026-11-24"), SwedishCalendar.Today(time));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
