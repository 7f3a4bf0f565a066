using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Import;
using NaringslivCrm.Bot.Tenancy;
using MunicipalityCode = NaringslivCrm.Domain.Municipalities.MunicipalityCode;

namespace NaringslivCrm.Bot.Demo;

/// <summary>
/// seed-demo: writes the invented demo firms, interactions and follow-ups for the first configured municipality (or
/// --municipality). Idempotent: safe to run at every local start. Exit 0, or 2 when no municipality is configured.
/// </summary>
public sealed class SeedDemoCommand(DemoSeeder seeder, IMunicipalityDirectory municipalities, CommandOutput output) : ICliCommand
{
    public string Name => "seed-demo";

    public string Usage => "seed-demo [--municipality <kommunkod>]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var code = args.Count == 2 && args[0] == "--municipality" ? args[1] : args.Count == 0 && municipalities.All.Count > 0 ? municipalities.All[0].Code : null;
        var target = municipalities.FindByCode(code);
        if (target is null || !MunicipalityCode.Parse(target.Code).IsSuccess)
        {
            await output.Error.WriteLineAsync($"Ingen konfigurerad kommun att fylla med demodata. Användning: {Usage}");
            return 2;
        }

        var result = await seeder.SeedAsync(MunicipalityCode.Parse(target.Code).Value, target.Name, cancellationToken);
        await output.Out.WriteLineAsync(
            $"Demodata för {target.Name} ({target.Code}): {result.Firms} företag, {result.OfficersAssigned} fick kundansvarig nu, " +
            $"{result.InteractionsAdded} kontakter tillagda, {result.InteractionsAlreadyThere} fanns redan.");
        return 0;
    }
}
