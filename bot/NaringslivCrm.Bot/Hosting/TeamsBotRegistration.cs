using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Conversations;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Teams.Authentication;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Bot.Storage.Conversations;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>Our Bot Framework wire layer: authentication, connector client, router and the app's turn filters.</summary>
public static class TeamsBotRegistration
{
    public static IServiceCollection AddTeamsBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DevelopmentSwitches>();
        services.AddOptions<BotCredentialsOptions>().Bind(configuration).BindConfiguration("BotCredentials");
        services.AddOptions<BotOptions>().BindConfiguration("Bot").ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotSettingsValidator>();
        services.AddOptions<TenancyOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TenancyOptions>, TenancyOptionsValidator>();
        services.AddOptions<TransientRetryOptions>().BindConfiguration("Bot:Retry");

        services.AddOptions<BotAuthenticationOptions>().Configure<IOptions<BotOptions>, IOptions<BotCredentialsOptions>>((a, bot, creds) =>
        {
            a.AppId = creds.Value.MicrosoftAppId;
            a.AllowAnonymous = bot.Value.AllowAnonymous;
            a.OpenIdMetadataUrl = bot.Value.OpenIdMetadataUrl;
            a.RequireHttpsMetadata = bot.Value.RequireHttpsMetadata;
        });
        services.AddOptions<BotAdapterOptions>().Configure<IOptions<BotOptions>>((a, bot) => a.MaxRequestBytes = bot.Value.MaxRequestBytes);

        services.AddHttpClient(nameof(BotFrameworkAuthenticator), c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddSingleton<IBotAuthenticator, BotFrameworkAuthenticator>();
        services.AddTransient<TransientRetryHandler>();
        services.AddHttpClient<ClientCredentialsTokenProvider>().AddHttpMessageHandler<TransientRetryHandler>();
        services.AddHttpClient<ManagedIdentityTokenProvider>().AddHttpMessageHandler<TransientRetryHandler>();
        services.AddSingleton<IBotTokenProvider>(sp => sp.GetRequiredService<IOptions<BotCredentialsOptions>>().Value.MicrosoftAppType switch
        {
            BotCredentialsOptions.SingleTenant => sp.GetRequiredService<ClientCredentialsTokenProvider>(),
            BotCredentialsOptions.UserAssignedMsi => sp.GetRequiredService<ManagedIdentityTokenProvider>(),
            _ => new AnonymousTokenProvider(),
        });
        services.AddHttpClient<IConnectorClient, ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<TransientRetryHandler>();

        services.AddSingleton<IMunicipalityDirectory, MunicipalityDirectory>();
        services.AddSingleton<ITurnFilter, TenantFilter>();
        services.AddSingleton<ITurnFilter, RedeliveryFilter>();
        services.AddOptions<ProcessedActivityOptions>().BindConfiguration("ProcessedActivities")
            .Validate(o => o.KeepFor >= TimeSpan.FromHours(1), "ProcessedActivities:KeepFor must be at least 01:00:00 (the Bot Connector redelivers for minutes).")
            .Validate(o => o.CleanupEvery > TimeSpan.Zero, "ProcessedActivities:CleanupEvery must be a positive time span, e.g. 06:00:00.")
            .ValidateOnStart();
        services.AddHostedService<ProcessedActivityCleanup>();
        services.AddSingleton<ITurnErrorHandler, TurnErrorHandler>();
        services.AddSingleton<InstallationHandler>();
        services.AddSingleton<IInstallationUpdateHandler>(sp => sp.GetRequiredService<InstallationHandler>());
        services.AddSingleton<IConversationUpdateHandler>(sp => sp.GetRequiredService<InstallationHandler>());
        services.AddScoped<ActivityRouter>();
        services.AddScoped<BotAdapter>();
        return services;
    }

    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", (HttpContext http, BotAdapter adapter) => adapter.ProcessAsync(http))
            .ExcludeFromDescription();
        return app;
    }
}
