using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Storage.Companies;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Bot.Privacy.PersonalData;
using NaringslivCrm.Bot.Privacy.Retention;
using NaringslivCrm.Bot.Storage.Privacy;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>Personal data and records: the audit log, register extract, erasure and retention.</summary>
public static class PrivacyRegistration
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuditLog, TableAuditLog>();
        services.AddSingleton<AuditActorAccessor>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<ITurnFilter, BotAuditActorFilter>();

        services.AddSingleton<IPersonalDataStore, TablePersonalDataStore>();
        services.AddSingleton<RegisterExtract>();
        services.AddSingleton<PersonEraser>();
        services.AddOptions<RetentionOptions>().BindConfiguration("Retention").ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddSingleton<RetentionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionJob>());
        services.AddSingleton<ICliCommand, RetentionCommand>();
        return services;
    }
}
