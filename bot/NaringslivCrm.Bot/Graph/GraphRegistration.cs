using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Teams.Connector;

namespace NaringslivCrm.Bot.Graph;

/// <summary>
/// The Teams activity feed behind <see cref="IActivityFeed"/>: Graph's client over the "graph" HttpClient (30 s, transient
/// retries), authenticated with the configured identity (settings "Graph"); without an identity (Development only, the
/// validator refuses it elsewhere) no feed, and the bot card still goes out.
/// </summary>
public static class GraphRegistration
{
    public static IServiceCollection AddGraphActivityFeed(this IServiceCollection services)
    {
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
        return services;
    }
}
