using NaringslivCrm.Bot.Demo;
using NaringslivCrm.Bot.Import;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>Command-line entries for data: the company register import and the demo data.</summary>
public static class DataRegistration
{
    public static IServiceCollection AddCrmData(this IServiceCollection services)
    {
        services.AddSingleton(CommandOutput.Console);
        services.AddSingleton<ICliCommand, ImportCompaniesCommand>();
        services.AddOptions<DemoOptions>().BindConfiguration("Demo");
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<ICliCommand, SeedDemoCommand>();
        return services;
    }
}
