using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NaringslivCrm.Testing;

/// <summary>
/// Starts a real Azurite table service (the repository's pinned npm install) on a free loopback port, in memory,
/// without telemetry; stops it with SIGINT. If it cannot start, the tests fail: they are never skipped.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly StringBuilder output = new();
    private Process? process;

    public int Port { get; private set; }

    /// <summary>When set, Azurite keeps its data in this folder (so a stopped and restarted emulator still has it); in memory otherwise.</summary>
    public string? Location { get; init; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task StartAsync()
    {
        var main = Path.Combine(RepositoryRoot.Path, "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException($"Azurite is not installed at {main}: run 'npm ci' at the repository root (scripts/test.sh does).");
        }

        if (Port == 0)
        {
            Port = FreePort();
        }
        var persistence = Location is null ? "--inMemoryPersistence" : $"--location \"{Location}\"";
        var info = new ProcessStartInfo("node", $"\"{main}\" --tableHost 127.0.0.1 --tablePort {Port} {persistence} --disableTelemetry --skipApiVersionCheck --silent")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(info) ?? throw new InvalidOperationException("node could not be started");
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilListeningAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            _ = Kill(process.Id, 2); // SIGINT: Azurite flushes and exits
            if (!process.WaitForExit(5000))
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process?.Dispose();
        await Task.CompletedTask;
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the emulator with SIGINT, as an orderly shutdown (it saves its data first) — restart with <see cref="StartAsync"/>.</summary>
    public void StopGracefully()
    {
        if (process is { HasExited: false })
        {
            _ = Kill(process.Id, 2);
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Stops the emulator abruptly (for fault tests) — restart with <see cref="StartAsync"/>.</summary>
    public void Stop()
    {
        process?.Kill(entireProcessTree: true);
        process?.WaitForExit(5000);
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException("Azurite exited at start: " + output);
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("Azurite did not start within 30 s: " + output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

