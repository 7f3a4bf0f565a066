using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;

namespace NaringslivCrm.Bot.Tests.Hosting;

/// <summary>Every domain repository the app resolves writes its audit entry, whatever order the host adds its parts in.</summary>
public sealed class RepositoryCompositionTests
{
    public static TheoryData<string[]> Orders => new()
    {
        new[] { "storage", "repositories", "privacy" },
        new[] { "privacy", "repositories", "storage" },
        new[] { "repositories", "privacy", "storage" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Repositories_AuditedWhateverTheOrder_RegisteredOnce(string[] order)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Tables"] = "UseDevelopmentStorage=true" }).Build());
        foreach (var part in order)
        {
            _ = part switch
            {
                "storage" => services.AddCrmStorage(),
                "privacy" => services.AddPrivacy(),
                _ => services.AddCrmRepositories(),
            };
        }

        using var provider = services.BuildServiceProvider();

        Assert.IsType<AuditedCompanyRepository>(provider.GetRequiredService<ICompanyRepository>());
        Assert.IsType<AuditedInteractionRepository>(provider.GetRequiredService<IInteractionRepository>());
        Assert.IsType<AuditedFollowUpRepository>(provider.GetRequiredService<IFollowUpRepository>());
        Assert.All(new[] { typeof(ICompanyRepository), typeof(IInteractionRepository), typeof(IFollowUpRepository) },
            t => Assert.Single(services, d => d.ServiceType == t));
    }
}
