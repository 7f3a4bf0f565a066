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
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton(sp => new TenantThrottle(sp.GetRequiredService<IOptions<ReminderOptions>>().Value.GraphRequestsPerSecond));
        services.AddHttpClient("graph", c => c.Timeout = TimeSpan.FromSeconds(30)).AddHttpMessageHandler<TransientRetryHandler>();
        services.AddOptions<GraphIdentityOptions>().BindConfiguration("Graph").ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphIdentityOptions>, GraphIdentityValidator>();
        services.AddHttpClient("entra", c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IActivityFeed>(sp =>
        {
            var identity = sp.GetRequiredService<IOptions<GraphIdentityOptions>>().Value;
            if (!identity.IsConfigured)
            {
                // Only in Development (the validator refuses this elsewhere): no Graph, the bot card still goes out.
                return new NoActivityFeed();
            }

            var http = sp.GetRequiredService<IHttpClientFactory>();
            var credential = GraphCredential.Create(identity, http.CreateClient("entra"));
            var client = GraphActivityFeed.CreateClient(http.CreateClient("graph"), new GraphTokenAuthentication(credential),
                sp.GetRequiredService<IOptions<ReminderOptions>>());
            return new GraphActivityFeed(client, sp.GetRequiredService<TenantThrottle>());
        });
        services.AddSingleton<ICliCommand, SendRemindersCommand>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        return services;
    }
}
