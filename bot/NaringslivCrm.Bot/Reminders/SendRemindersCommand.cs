using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Import;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Domain.Calendar;
using MunicipalityCode = NaringslivCrm.Domain.Municipalities.MunicipalityCode;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// send-reminders: plans and sends one municipality's due reminders now, also outside office hours — an operator's
/// explicit choice (after an outage, or to show the reminder locally). The outbox keeps it to one per reminder, so
/// running it next to the scheduler sends nothing twice. Exit 0, or 2 when no such municipality is configured.
/// </summary>
public sealed class SendRemindersCommand(ReminderPlanner planner, ReminderDispatcher dispatcher, IMunicipalityDirectory municipalities,
    TimeProvider time, CommandOutput output) : ICliCommand
{
    public string Name => "send-reminders";

    public string Usage => "send-reminders [--municipality <kommunkod>]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var code = args.Count == 2 && args[0] == "--municipality" ? args[1] : args.Count == 0 && municipalities.All.Count > 0 ? municipalities.All[0].Code : null;
        var target = municipalities.FindByCode(code);
        if (target is null || !MunicipalityCode.Parse(target.Code).IsSuccess)
        {
            await output.Error.WriteLineAsync($"Ingen sådan konfigurerad kommun. Användning: {Usage}");
            return 2;
        }

        var municipality = MunicipalityCode.Parse(target.Code).Value;
        var queued = await planner.PlanAsync(municipality, SwedishCalendar.Today(time), time.GetUtcNow(), cancellationToken);
        var sent = await dispatcher.DispatchAsync(municipality, cancellationToken);
        await output.Out.WriteLineAsync($"Påminnelser för {target.Name} ({target.Code}): {queued} nya i kön, {sent} skickade.");
        return 0;
    }
}
