using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Connector;

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
        services.AddSingleton<IActivityFeed>(sp =>
        {
            var creds = sp.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
            var graphCreds = Options.Create(new BotCredentialsOptions
            {
                MicrosoftAppType = creds.MicrosoftAppType,
                MicrosoftAppId = creds.MicrosoftAppId,
                MicrosoftAppPassword = creds.MicrosoftAppPassword,
                MicrosoftAppTenantId = creds.MicrosoftAppTenantId,
                AuthorityHost = creds.AuthorityHost,
                IdentityEndpoint = creds.IdentityEndpoint,
                IdentityHeader = creds.IdentityHeader,
                Scope = "https://graph.microsoft.com/.default",
            });
            var http = sp.GetRequiredService<IHttpClientFactory>();
            var time = sp.GetRequiredService<TimeProvider>();
            IBotTokenProvider? tokens = creds.MicrosoftAppType switch
            {
                BotCredentialsOptions.SingleTenant => new ClientCredentialsTokenProvider(http.CreateClient("graph-token"), graphCreds, time),
                BotCredentialsOptions.UserAssignedMsi => new ManagedIdentityTokenProvider(http.CreateClient("graph-token"), graphCreds, time),
                _ => null,
            };
            if (tokens is null)
            {
                // No app identity (local anonymous development): no Graph, the bot card still goes out.
                return new NoActivityFeed();
            }

            var client = GraphActivityFeed.CreateClient(http.CreateClient("graph"), tokens, sp.GetRequiredService<IOptions<ReminderOptions>>());
            return new GraphActivityFeed(client, sp.GetRequiredService<TenantThrottle>());
        });
        services.AddSingleton<ICliCommand, SendRemindersCommand>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        return services;
    }
}
