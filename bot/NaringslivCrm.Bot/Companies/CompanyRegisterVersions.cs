using System.Collections.Concurrent;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Companies;

/// <summary>
/// A counter per municipality that moves whenever this host adds, renames or imports a firm, so what is prepared from
/// the register (the name list, the quick-capture keys and masks) is rebuilt on the next message instead of waiting for
/// its lifetime. Another process's import is seen when the cached list expires (<see cref="CompanyNameCache"/>).
/// </summary>
public sealed class CompanyRegisterVersions
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public long Of(MunicipalityCode municipality) => _versions.GetValueOrDefault(municipality.Value);

    public void Changed(MunicipalityCode municipality) => _versions.AddOrUpdate(municipality.Value, 1, (_, v) => v + 1);
}
