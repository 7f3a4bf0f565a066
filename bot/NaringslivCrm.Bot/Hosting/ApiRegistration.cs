using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Api;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Api.Companies;
using NaringslivCrm.Bot.Api.Dev;
using NaringslivCrm.Bot.Api.FollowUps;
using NaringslivCrm.Bot.Api.Me;
using NaringslivCrm.Bot.Api.Privacy;
using NaringslivCrm.Bot.Api.Reminders;
using NaringslivCrm.Bot.Api.ServiceLevel;
using NaringslivCrm.Bot.FollowUps.Changes;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>The tab's API (/api/v1), its OpenAPI document, and the tab's static files at /tab/.</summary>
public static class ApiRegistration
{
    public static IServiceCollection AddTabApi(this IServiceCollection services)
    {
        services.AddOptions<TabAuthOptions>().BindConfiguration("TabAuth").ValidateOnStart();
        services.AddSingleton<IValidateOptions<TabAuthOptions>, TabAuthOptionsValidator>();
        services.AddOptions<ServiceLevelApi.ServiceLevelOptions>().BindConfiguration("ServiceLevel");
        services.AddSingleton<DevTokenIssuer>();
        services.AddSingleton<TabAuthTenants>();
        services.AddTabAuthentication();
        services.AddSingleton<FollowUpLister>();
        services.AddSingleton<FollowUpChangeService>();
        services.AddSingleton<CompanyListing>();
        services.AddSingleton<CompanyTimeline>();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi(OpenApiContract.Configure);
        return services;
    }

    public static IEndpointRouteBuilder MapTabApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapGroup(string.Empty).MapDevSignIn();
        var secured = api.MapGroup(string.Empty).RequireTabUser();
        secured.MapMeApi().MapFollowUpsApi().MapCompaniesApi().MapServiceLevelApi().MapAuditApi().MapPrivacyApi().MapInteractionsApi().MapRemindersApi();
        app.MapOpenApi();
        return app;
    }

    /// <summary>Serves tab/dist at /tab/ (Tab:DistPath, else "tab" next to the app, else ../../tab/dist from the project).</summary>
    public static WebApplication UseTabFiles(this WebApplication app)
    {
        var configured = app.Configuration["Tab:DistPath"];
        var candidates = new[]
        {
            configured,
            Path.Combine(AppContext.BaseDirectory, "tab"),
            Path.Combine(app.Environment.ContentRootPath, "..", "..", "tab", "dist"),
        };
        var dist = candidates.FirstOrDefault(p => p is not null && File.Exists(Path.Combine(p, "index.html")));
        if (dist is null)
        {
            app.MapGet("/tab/{**rest}", () => Results.Text("The tab is not built: run 'npm run build' in tab/.", statusCode: 404)).ExcludeFromDescription();
            return app;
        }

        var files = new PhysicalFileProvider(Path.GetFullPath(dist));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = "/tab" });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/tab" });
        return app;
    }
}
