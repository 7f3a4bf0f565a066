using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Conversations;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Companies;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Bot.Import;
using NaringslivCrm.Bot.Queries;
using NaringslivCrm.Bot.Storage.Conversations;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>
/// One TableServiceClient for the app, the tables, and the storage adapters. The domain's repository interfaces are
/// not registered here: <see cref="RepositoryRegistration.AddCrmRepositories"/> composes each adapter with its audit decorator.
/// </summary>
public static class StorageRegistration
{
    public static IServiceCollection AddCrmStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .Configure<IConfiguration>((o, config) =>
            {
                config.GetSection("Storage").Bind(o);
                o.ConnectionString ??= config.GetConnectionString("Tables");
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var clientOptions = StorageClientOptions.Create();
            return string.IsNullOrWhiteSpace(o.ConnectionString)
                ? new TableServiceClient(new Uri(o.TableEndpoint!), new DefaultAzureCredential(), clientOptions)
                : new TableServiceClient(o.ConnectionString, clientOptions);
        });
        services.AddSingleton(sp => new TableNames(sp.GetRequiredService<IOptions<StorageOptions>>().Value.TablePrefix));
        services.AddHostedService<TableInitializer>();
        services.AddSingleton<StorageProbe>();
        services.AddSingleton<IConversationReferenceRepository, TableConversationReferenceRepository>();
        services.AddSingleton<IProcessedActivityLog, TableProcessedActivityLog>();

        services.AddSingleton(NeedCategoryCatalog.Default);
        services.AddSingleton(new SwedishCalendar());
        services.AddSingleton<TableCompanyRepository>();
        services.AddSingleton<TableInteractionRepository>();
        services.AddSingleton<IInteractionQueries>(sp => sp.GetRequiredService<TableInteractionRepository>());
        services.AddSingleton<TableFollowUpRepository>();
        services.AddSingleton<IFollowUpQueries>(sp => sp.GetRequiredService<TableFollowUpRepository>());
        services.AddSingleton<IServiceLevelQueries, TableServiceLevelQueries>();
        return services;
    }
}
