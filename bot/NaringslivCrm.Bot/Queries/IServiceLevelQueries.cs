using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Queries;

/// <summary>The service level's counter rows: a number of rows proportional to officers × months and to days, not to follow-ups.</summary>
public interface IServiceLevelQueries
{
    /// <summary>Follow-ups closed per owner and month, from the month of <paramref name="from"/> to that of <paramref name="to"/>.</summary>
    Task<IReadOnlyList<ClosedInMonth>> ClosedAsync(MunicipalityCode municipality, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Open follow-ups by the day they were created.</summary>
    Task<IReadOnlyList<OpenCreatedOn>> OpenByCreationDayAsync(MunicipalityCode municipality, CancellationToken cancellationToken);
}

public sealed record ClosedInMonth(string Month, string OwnerId, string OwnerName, DaysHistogram Days);

public sealed record OpenCreatedOn(DateOnly Created, int Open);
