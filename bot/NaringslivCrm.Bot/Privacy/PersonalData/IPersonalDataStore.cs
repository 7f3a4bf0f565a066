using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Privacy.PersonalData;

/// <summary>
/// Whole-partition reads for the rare jobs that must look at every record of a municipality (register extract,
/// erasure, retention), and the clean-up of copies outside the records (reminder outbox texts).
/// </summary>
public interface IPersonalDataStore
{
    IAsyncEnumerable<Interaction> InteractionsAsync(MunicipalityCode municipality, CancellationToken cancellationToken);

    IAsyncEnumerable<FollowUp> FollowUpsAsync(MunicipalityCode municipality, CancellationToken cancellationToken);

    /// <summary>Masks the texts copied into pending or sent reminders; returns the rows changed.</summary>
    Task<int> MaskRemindersAsync(MunicipalityCode municipality, Func<string, string> mask, CancellationToken cancellationToken);
}
