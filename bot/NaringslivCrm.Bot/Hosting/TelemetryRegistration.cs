using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs (ASP.NET Core and HttpClient instrumentation). In Azure the Bicep template
/// sets APPLICATIONINSIGHTS_CONNECTION_STRING and everything is exported to Application Insights; without it
/// nothing is exported (local runs and tests send nothing anywhere).
/// </summary>
public static class TelemetryRegistration
{
    public static IServiceCollection AddCrmTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var otel = services.AddOpenTelemetry()
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            otel.WithTracing(t => t.AddAzureMonitorTraceExporter(o => o.ConnectionString = connectionString))
                .WithMetrics(m => m.AddAzureMonitorMetricExporter(o => o.ConnectionString = connectionString))
                .WithLogging(l => l.AddAzureMonitorLogExporter(o => o.ConnectionString = connectionString));
        }

        return services;
    }
}
