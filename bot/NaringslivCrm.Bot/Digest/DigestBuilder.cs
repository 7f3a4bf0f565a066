using System.Globalization;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Tenancy;

namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// Builds the week's digest: this installation's municipalities from their rollup rows (two point reads each), the
/// other members' signed reports fetched in parallel. A member that does not answer in time shows as "ej rapporterat"
/// and never holds the digest up.
/// </summary>
public sealed class DigestBuilder(IWeekRollupReader rollups, NetworkClient network, IMunicipalityDirectory municipalities, IOptions<NetworkOptions> options)
{
    public static string WeekOf(DateOnly date) => Domain.Calendar.IsoWeek.Of(date);

    public static string WeekBefore(string week)
    {
        var year = int.Parse(week[..4], CultureInfo.InvariantCulture);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, int.Parse(week[6..], CultureInfo.InvariantCulture), DayOfWeek.Monday));
        return WeekOf(monday.AddDays(-7));
    }

    public async Task<NetworkDigest> BuildAsync(string week, CancellationToken cancellationToken)
    {
        var last = WeekBefore(week);
        var local = municipalities.All.Select(async m => new MunicipalityWeek(m.Code, m.Name,
            await rollups.ReadAsync(m.Code, m.Name, week, cancellationToken), await rollups.ReadAsync(m.Code, m.Name, last, cancellationToken)));
        var remote = options.Value.Members.Select(async member =>
        {
            var reports = await Task.WhenAll(network.FetchAsync(member, week, cancellationToken), network.FetchAsync(member, last, cancellationToken));
            if (reports[0] is not { } now)
            {
                return [new MunicipalityWeek("?" + member.Id, member.Name, null, null)];
            }

            return now.Municipalities.Select(r => new MunicipalityWeek(r.Code, r.Name, r, reports[1]?.Municipalities.FirstOrDefault(x => x.Code == r.Code))).ToArray();
        });
        // A municipality reported twice (two installations configured for it) counts once, this installation's own first.
        var all = (await Task.WhenAll(local)).Concat((await Task.WhenAll(remote)).SelectMany(x => x)).DistinctBy(m => m.Code);
        return new NetworkDigest(week, [.. all.OrderBy(m => m.Name, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false))]);
    }
}
