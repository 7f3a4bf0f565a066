using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.FollowUps;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.QuickCapture;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Bot.Storage.Officers;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>The chat: commands, quick capture, card actions and invokes.</summary>
public static class CommandRegistration
{
    public static IServiceCollection AddChatCommands(this IServiceCollection services)
    {
        services.AddScoped<IMessageHandler, CommandRouter>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        services.AddSingleton<IBotCommand, LogContactCommand>();
        services.AddSingleton<IBotCommand, MyFollowUpsCommand>();
        services.AddSingleton<IBotCommand, CompanyCommand>();
        services.AddSingleton<IFreeTextHandler, QuickCaptureHandler>();

        services.AddSingleton<CardActionDispatcher>();
        services.AddSingleton<IInvokeHandler>(sp => sp.GetRequiredService<CardActionDispatcher>());
        services.AddSingleton<IInvokeHandler, CompanySearchInvoke>();
        services.AddSingleton<IInvokeHandler, MessageExtensions.CompanySearchExtension>();
        services.AddSingleton<IInvokeHandler, MessageExtensions.LogContactFetchTask>();
        services.AddSingleton<IInvokeHandler, MessageExtensions.LogContactSubmitAction>();
        services.AddSingleton<QuickCaptureDrafter>();
        services.AddSingleton<SaveContactAction>();
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<SaveContactAction>());
        services.AddSingleton<ICardActionHandler, CancelContactAction>();
        services.AddSingleton<ICardActionHandler, CompanyCardAction>();
        services.AddSingleton<ICardActionHandler, AddFollowUpAction>();
        services.AddSingleton<ICardActionHandler, SaveFollowUpAction>();
        services.AddSingleton<ICardActionHandler, CloseFollowUpAction>();
        services.AddSingleton<ICardActionHandler, PostponeFollowUpAction>();
        services.AddSingleton<ICardActionHandler, ReassignFollowUpAction>();
        services.AddSingleton<ICardActionHandler, ReassignFormAction>();
        services.AddSingleton<ICardActionHandler, RefreshMyFollowUpsAction>();
        services.AddSingleton<ICardActionHandler, RefreshFollowUpCardAction>();

        services.AddSingleton(new QuickCaptureParser());
        services.AddSingleton<CompanyNameCache>();
        services.AddSingleton<CompanyFieldResolver>();
        services.AddSingleton<CompanyCardService>();
        services.AddSingleton<MyFollowUpsService>();
        services.AddSingleton<FollowUpCardService>();
        services.AddSingleton<IOfficerDirectory, TableOfficerDirectory>();
        return services;
    }
}
