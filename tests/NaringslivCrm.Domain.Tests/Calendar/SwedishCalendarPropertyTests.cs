using CsCheck;
using NaringslivCrm.Domain.Calendar;

namespace NaringslivCrm.Domain.Tests.Calendar;

public class SwedishCalendarPropertyTests
{
    private static readonly SwedishCalendar Calendar = new();

    private static readonly Gen<DateOnly> Dates =
        Gen.Int[0, 365 * 20].Select(offset => new DateOnly(2020, 1, 1).AddDays(offset));

    [Fact]
    public void AddWorkingDays_AnyDateAndCount_LandsOnWorkingDayAfterExactlyThatMany()
    {
        Gen.Select(Dates, Gen.Int[1, 40]).Sample((date, days) =>
        {
            var result = Calendar.AddWorkingDays(date, days);

            var counted = Enumerable.Range(1, result.DayNumber - date.DayNumber)
                .Count(i => Calendar.IsWorkingDay(date.AddDays(i)));
            Assert.True(Calendar.IsWorkingDay(result));
            Assert.Equal(days, counted);
        });
    }

    [Fact]
    public void Holidays_AnyYear_EasterIsSundayAndMidsummerEveFriday()
    {
        Gen.Int[1900, 2200].Sample(year =>
        {
            var holidays = Calendar.Holidays(year).ToDictionary(h => h.SwedishName, h => h.Date);


            Assert.Equal(DayOfWeek.Sunday, holidays["påskdagen"].DayOfWeek);
            Assert.Equal(DayOfWeek.Friday, holidays["midsommarafton"].DayOfWeek);
            Assert.Equal(DayOfWeek.Saturday, holidays["alla helgons dag"].DayOfWeek);
        });
    }
}
