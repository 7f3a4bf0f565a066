using System.Globalization;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Domain.Tests;

/// <summary>Test data with sensible defaults.</summary>
internal static class Builders
{
    public static readonly UserRef Anna = new("u-anna", "Anna Lind");
    public static readonly UserRef Erik = new("u-erik", "Erik Berg");
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly SwedishCalendar WorkCalendar = new();

    public static MunicipalityCode Oskarshamn => MunicipalityCode.Parse("0882").Value;

    public static OrgNumber Saab => OrgNumber.Parse("556036-0793").Value;

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    public static FollowUp NewFollowUp(string due = "2026-11-27") =>
        Domain.FollowUps.FollowUp.Create(
            Guid.NewGuid(), Oskarshamn, Saab, Guid.NewGuid(), "Skicka kontakt på YH-samordnaren", Anna, Day(due), Anna, Monday, WorkCalendar).Value;
}
