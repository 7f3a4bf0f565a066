using NaringslivCrm.Bot.Storage.Companies;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Bot.Import;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Storage;

/// <summary>Valid domain objects for storage tests; each test states only what it is about.</summary>
public static class Build
{
    public static readonly MunicipalityCode Oskarshamn = TestMunicipalities.Oskarshamn;
    public static readonly MunicipalityCode Kiruna = TestMunicipalities.Kiruna;
    public static readonly SwedishCalendar Calendar = new();
    public static readonly UserRef Anna = new("demo-anna", "Anna Lindqvist");
    public static readonly UserRef Erik = new("demo-erik", "Erik Johansson");

    /// <summary>Monday 2 March 2026, a working day.</summary>
    public static readonly DateOnly Monday = new(2026, 3, 2);

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    public static OrgNumber OrgNumber(int index = 0)
    {
        var nine = (559900000 + (index * 7)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Domain.Companies.OrgNumber.Parse(nine + Domain.Companies.OrgNumber.CheckDigit(nine)).Value;
    }

    public static Company Company(string name = "Oskarviks Mekaniska AB", int index = 0, MunicipalityCode? municipality = null)
    {
        var company = Domain.Companies.Company.Register(municipality ?? Oskarshamn, OrgNumber(index), name).Value;
        company.Classify(SniCode.Parse("25.620").Value);
        company.Relocate(Address.Create("Verkstadsgatan 1", "572 34", "Oskarshamn").Value);
        company.ReportEmployees(EmployeesBand.From20To49);
        return company;
    }

    public static CompanyRegisterRow RegisterRow(int index, string name = "Registrerat AB") =>
        new(OrgNumber(index), name, SniCode.Parse("24.100").Value, Address.Create("Hamnvägen 2", "57233", "Oskarshamn").Value, EmployeesBand.From50To99);

    public static Interaction Interaction(Guid? id = null, DateOnly? date = null, int company = 0)
    {
        var interaction = Domain.Interactions.Interaction.Record(
            id ?? Guid.NewGuid(), Oskarshamn, OrgNumber(company), InteractionKind.Visit, date ?? Monday, Anna, Now, "Besök i verkstaden.").Value;
        interaction.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.Find("energi")!, "Behöver 5 MW till ny linje", NeedSeverity.High).Value);
        interaction.AddSignal(Signal.Spot(Guid.NewGuid(), SignalType.Hiring, "Anställer svetsare",
            [Quantity.Create(25, QuantityUnit.Jobs).Value], new TimeFrame("till hösten", 2026)).Value);
        return interaction;
    }

    public static FollowUp FollowUp(UserRef? owner = null, DateOnly? due = null, Guid? interactionId = null, int company = 0, Guid? id = null) =>
        Domain.FollowUps.FollowUp.Create(id ?? Guid.NewGuid(), Oskarshamn, OrgNumber(company), interactionId, "Skicka kontakt på elnätsbolaget",
            owner ?? Anna, Calendar.WorkingDayOnOrAfter(due ?? Monday.AddDays(7)), Anna, Now, Calendar).Value;
}
