using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Graph;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Bot.Storage.Reminders;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>Follow-up reminders: outbox, planner, dispatcher, Graph activity feed and the scheduler.</summary>
public static class ReminderRegistration
{
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration("Reminders").ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        services.AddSingleton<IReminderOutbox, TableReminderOutbox>();
        services.AddSingleton<IDeliveryProblemLog, TableDeliveryProblemLog>();
        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<IFollowUpNotifier, OutboxFollowUpNotifier>();
        services.AddSingleton<ProactiveChats>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton(sp => new TenantThrottle(sp.GetRequiredService<IOptions<ReminderOptions>>().Value.GraphRequestsPerSecond));
        services.AddGraphActivityFeed();
        services.AddSingleton<ICliCommand, SendRemindersCommand>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        return services;
    }
}
