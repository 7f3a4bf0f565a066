using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NaringslivCrm.Bench;

/// <summary>
/// An HTTP forwarder between the host and Azurite that counts requests: the table operations a route really costs,
/// measured on the wire (a batch transaction counts as one request).
/// </summary>
public sealed class CountingProxy(int azuritePort) : IAsyncDisposable
{
    private static readonly HashSet<string> Hop = new(StringComparer.OrdinalIgnoreCase) { "Host", "Transfer-Encoding", "Connection", "Content-Length", "Content-Type" };
    private readonly HttpClient upstream = new() { BaseAddress = new Uri($"http://127.0.0.1:{azuritePort}") };
    private WebApplication? app;
    private long count;

    public long Count => Interlocked.Read(ref count);

    public int Port { get; private set; }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(ForwardAsync);
        await app.StartAsync();
        Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
    }

    private async Task ForwardAsync(HttpContext http)
    {
        Interlocked.Increment(ref count);
        using var request = new HttpRequestMessage(new HttpMethod(http.Request.Method), http.Request.Path + http.Request.QueryString);
        if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            request.Content = new ByteArrayContent(buffer.ToArray());
            if (http.Request.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        foreach (var (name, values) in http.Request.Headers.Where(h => !Hop.Contains(h.Key)))
        {
            request.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values!);
        }

        using var response = await upstream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        http.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)))
        {
            http.Response.Headers[name] = values.ToArray();
        }

        await response.Content.CopyToAsync(http.Response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        upstream.Dispose();
    }
}
