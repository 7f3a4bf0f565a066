using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>The chat commands.</summary>
public static class CommandRegistration
{
    public static IServiceCollection AddChatCommands(this IServiceCollection services)
    {
        services.AddScoped<IMessageHandler, CommandRouter>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        return services;
    }
}
