using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Bot.Import;
using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Bot.Storage.Companies;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>
/// The domain's repositories, each composed once and in the open: the table adapter (registered by
/// <see cref="StorageRegistration.AddCrmStorage"/>) inside its audit decorator (companies also inside the register-version decorator) (whose trail <see cref="PrivacyRegistration.AddPrivacy"/>
/// registers). Nothing else registers these three interfaces, so the order of the Add* calls does not matter, and a
/// write that bypasses the audit has to be written here to exist.
/// </summary>
public static class RepositoryRegistration
{
    public static IServiceCollection AddCrmRepositories(this IServiceCollection services)
    {
        // The register's version moves on every save and import, so quick capture's prepared firm keys are rebuilt.
        services.AddSingleton<CompanyRegisterVersions>();
        services.AddSingleton(sp => new VersionedCompanyRepository<TableCompanyRepository>(
            sp.GetRequiredService<TableCompanyRepository>(), sp.GetRequiredService<CompanyRegisterVersions>()));
        services.AddSingleton<ICompanyImportStore>(sp => sp.GetRequiredService<VersionedCompanyRepository<TableCompanyRepository>>());
        services.AddSingleton<ICompanyRepository>(sp =>
            new AuditedCompanyRepository(sp.GetRequiredService<VersionedCompanyRepository<TableCompanyRepository>>(), sp.GetRequiredService<AuditTrail>()));
        services.AddSingleton<IInteractionRepository>(sp =>
            new AuditedInteractionRepository(sp.GetRequiredService<TableInteractionRepository>(), sp.GetRequiredService<AuditTrail>()));
        services.AddSingleton<IFollowUpRepository>(sp =>
            new AuditedFollowUpRepository(sp.GetRequiredService<TableFollowUpRepository>(), sp.GetRequiredService<AuditTrail>()));
        return services;
    }
}
