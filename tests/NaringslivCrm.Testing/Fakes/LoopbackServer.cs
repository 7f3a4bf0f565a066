using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NaringslivCrm.Testing.Fakes;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port, for fakes of remote services. With <c>https: true</c> it serves
/// TLS with a self-signed test certificate (for client libraries that insist on https, such as MSAL's authority);
/// clients trust exactly that certificate through <see cref="TrustingHandler"/>.
/// </summary>
public abstract class LoopbackServer(bool https = false) : IAsyncDisposable
{
    private WebApplication? app;

    /// <summary>The test certificate when the server speaks https.</summary>
    public X509Certificate2? Certificate { get; } = https ? CreateCertificate() : null;

    /// <summary>A handler that trusts this server's test certificate (and no other unknown one).</summary>
    public HttpMessageHandler TrustingHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || (Certificate is not null && cert?.Thumbprint == Certificate.Thumbprint),
    };

    public Uri BaseUri { get; private set; } = null!;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (Certificate is { } certificate)
        {
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        }
        else
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }

        builder.Logging.ClearProviders();
        app = builder.Build();
        Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.TrimEnd('/') + "/");
    }

    protected abstract void Map(IEndpointRouteBuilder routes);

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Certificate?.Dispose();

        GC.SuppressFinalize(this);
    }
}
