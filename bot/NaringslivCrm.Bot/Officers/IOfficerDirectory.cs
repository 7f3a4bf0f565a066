using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Officers;

/// <summary>The officers of a municipality the app has met (bot or tab): whom a follow-up can be given to.</summary>
public interface IOfficerDirectory
{
    Task RememberAsync(MunicipalityCode municipality, UserRef user, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserRef>> ListAsync(MunicipalityCode municipality, CancellationToken cancellationToken);
}
