using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Bot.Digest;
using NaringslivCrm.Bot.Storage.Digest;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>The network's weekly digest: rollup reader, federation (publish and collect), scheduler and its two commands.</summary>
public static class DigestRegistration
{
    public static IServiceCollection AddNetworkDigest(this IServiceCollection services)
    {
        services.AddOptions<NetworkOptions>().BindConfiguration("Network").ValidateOnStart();
        services.AddSingleton<IValidateOptions<NetworkOptions>, NetworkOptionsValidator>();
        services.AddOptions<DigestOptions>().BindConfiguration("Digest").ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        services.AddSingleton<IWeekRollupReader, TableWeekRollupReader>();
        services.AddHttpClient<NetworkClient>();
        services.AddSingleton<NetworkReplayGuard>();
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestStore>();
        services.AddSingleton<DigestLink>();
        services.AddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        services.AddSingleton<IBotCommand, ActivateDigestCommand>();
        services.AddSingleton<IBotCommand, PreviewDigestCommand>();
        services.AddSingleton<ICliCommand, SendDigestCommand>();
        return services;
    }

    /// <summary>The network's endpoint where members collect this installation's weekly reports.</summary>
    public static IEndpointRouteBuilder MapNetwork(this IEndpointRouteBuilder app) => app.MapNetworkReports();
}
