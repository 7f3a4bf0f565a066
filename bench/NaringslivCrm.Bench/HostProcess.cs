using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NaringslivCrm.Testing;

namespace NaringslivCrm.Bench;

/// <summary>The bot host as its own process on a free port (Release build), in the Development environment
/// because it runs the anonymous bot (refused in any other environment).</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private Process? process;

    public Uri BaseUri { get; private set; } = null!;

    public TimeSpan StartupTime { get; private set; }

    public long WorkingSetBytes { get { process!.Refresh(); return process.WorkingSet64; } }

    public async Task StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        var dll = Path.Combine(RepositoryRoot.Path, "bot", "NaringslivCrm.Bot", "bin", "Release", "net10.0", "NaringslivCrm.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: run 'dotnet build -c Release bot/NaringslivCrm.Bot' first (bench/run.sh does).");
        }

        var info = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_URLS"] = BaseUri.ToString().TrimEnd('/');
        // Development: the benchmark uses the anonymous bot, a development switch the host refuses in any other environment.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }

        var watch = Stopwatch.StartNew();
        process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("host: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await http.GetAsync(new Uri(BaseUri, "readyz"))).IsSuccessStatusCode)
                {
                    StartupTime = watch.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("host did not become ready");
    }

    /// <summary>Starts the host in anonymous mode against the given storage, serving one demo municipality (0882).</summary>
    public Task StartAnonymousAsync(string tablesConnectionString, string tenantId) => StartAsync(new Dictionary<string, string>
    {
        ["Bot__AllowAnonymous"] = "true",
        ["ConnectionStrings__Tables"] = tablesConnectionString,
        ["Municipalities__0__Code"] = "0882",
        ["Municipalities__0__Name"] = "Oskarshamn",
        ["Municipalities__0__TenantIds__0"] = tenantId,
    });

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
