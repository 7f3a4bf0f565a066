using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Import;
using NaringslivCrm.Bot.Tenancy;
using MunicipalityCode = NaringslivCrm.Domain.Municipalities.MunicipalityCode;

namespace NaringslivCrm.Bot.Privacy.Retention;

/// <summary>
/// retention [--dry-run] [--municipality kkkk]: lists (dry run) or disposes of what the retention rules cover, for
/// one or every configured municipality. Exit 0, or 2 on a wrong argument.
/// </summary>
public sealed class RetentionCommand(RetentionJob job, IMunicipalityDirectory municipalities, CommandOutput output) : ICliCommand
{
    public string Name => "retention";

    public string Usage => "retention [--dry-run] [--municipality <kommunkod>]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var dryRun = args.Contains("--dry-run");
        var at = args.ToList().IndexOf("--municipality");
        CallerMunicipality?[] targets = at >= 0 ? [municipalities.FindByCode(at + 1 < args.Count ? args[at + 1] : null)] : [.. municipalities.All];
        var unknown = args.Where((a, i) => a != "--dry-run" && a != "--municipality" && (at < 0 || i != at + 1));
        if (targets.Any(t => t is null) || unknown.Any())
        {
            await output.Error.WriteLineAsync($"Okänt argument eller okänd kommun. Användning: {Usage}");
            return 2;
        }

        foreach (var m in targets)
        {
            var code = MunicipalityCode.Parse(m!.Code).Value;
            var items = dryRun ? await job.PlanAsync(code, cancellationToken) : await job.RunAsync(code, cancellationToken);
            await output.Out.WriteLineAsync($"{m.Name} ({m.Code}): {items.Count} {(dryRun ? "skulle gallras" : "gallrade")}");
            foreach (var item in items)
            {
                await output.Out.WriteLineAsync($"  {item.Rule}\t{item.OrgNr}\t{item.Id}\t{item.BasisDate}\t{item.What}");
            }
        }

        return 0;
    }
}
