using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Digest;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Tests.Digest;

/// <summary>
/// Federation on loopback: this installation (Oskarshamn, real host and Azurite) collects from three members — one
/// answering, one slower than the timeout, one tampering with its signed body — and one that is down.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class NetworkDigestTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Secret = "kiruna-oskarshamn-delad-hemlighet-0123456789";
    private readonly ECDsa ourKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly string week = DigestBuilder.WeekOf(SwedishCalendar.Today(TimeProvider.System));
    private FakeNetworkMember kiruna = null!;
    private FakeNetworkMember slow = null!;
    private FakeNetworkMember tampered = null!;
    private CrmAppFactory app = null!;

    public async Task InitializeAsync()
    {
        kiruna = new FakeNetworkMember("kiruna", Secret, [FakeNetworkMember.Report("2582", "Boden", week, 3,
            new() { ["energi"] = 3, ["export"] = 1 }, new() { ["NewSite"] = 1, ["Closing"] = 1 })]);
        slow = new FakeNetworkMember("gallivare", Secret, [FakeNetworkMember.Report("2523", "Gällivare", week, 3, new() { ["energi"] = 9 })]) { Delay = TimeSpan.FromSeconds(4) };
        tampered = new FakeNetworkMember("lulea", Secret, [FakeNetworkMember.Report("2580", "Luleå", week, 3, new() { ["energi"] = 2 })]) { Tamper = true };
        await Task.WhenAll(kiruna.StartAsync(), slow.StartAsync(), tampered.StartAsync());
        app = new CrmAppFactory(azurite, s =>
        {
            s["Network:InstallationId"] = "oskarshamn";
            s["Network:SigningKeyPem"] = ourKey.ExportPkcs8PrivateKeyPem();
            s["Network:FetchTimeout"] = "00:00:01.5";
            Member(s, 0, "kiruna", "Boden", kiruna.BaseUri.ToString(), kiruna.PublicKeyPem);
            Member(s, 1, "gallivare", "Gällivare", slow.BaseUri.ToString(), slow.PublicKeyPem);
            Member(s, 2, "lulea", "Luleå", tampered.BaseUri.ToString(), tampered.PublicKeyPem);
            Member(s, 3, "pitea", "Piteå", $"http://127.0.0.1:{ClosedPort()}/", kiruna.PublicKeyPem);
        });
        _ = app.Server;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await Task.WhenAll(kiruna.DisposeAsync().AsTask(), slow.DisposeAsync().AsTask(), tampered.DisposeAsync().AsTask());
    }

    [Fact]
    public async Task Build_OneSlowOneTamperedOneDown_EjRapporteratForThemAndCriticalMassFromTheRest()
    {
        await SeedOskarshamnAsync();
        var builder = app.Services.GetRequiredService<DigestBuilder>();

        var clock = Stopwatch.StartNew();
        var digest = await builder.BuildAsync(week, CancellationToken.None);
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"the digest waited {clock.Elapsed} for members");
        var byName = digest.Municipalities.ToDictionary(m => m.Name);
        Assert.Equal(["Boden", "Gällivare", "Kiruna", "Luleå", "Oskarshamn", "Piteå"], byName.Keys.Order(StringComparer.Ordinal));
        Assert.Null(byName["Gällivare"].This);
        Assert.Null(byName["Luleå"].This);
        Assert.Null(byName["Piteå"].This);
        Assert.Equal((2, 1, 1), (byName["Oskarshamn"].This!.Contacts, byName["Oskarshamn"].This!.Firms, byName["Oskarshamn"].This!.NewNeeds));
        Assert.Equal(3, byName["Boden"].This!.Contacts);
        Assert.Equal(0, byName["Kiruna"].This!.Contacts); // served by this installation too, nothing logged this week
        var critical = Assert.Single(digest.CriticalMass);
        Assert.Equal(("energi", "Boden 3, Oskarshamn 1"), (critical.Category, string.Join(", ", critical.Where.Select(w => $"{w.Municipality} {w.Count}"))));
        Assert.True(kiruna.Authorized >= 1 && kiruna.Refused == 0);
    }

    [Fact]
    public async Task Card_FromTheDigest_SwedishUnder28KbWithEjRapporteratAndNoNoteOrConfidentialText()
    {
        await SeedOskarshamnAsync();
        var digest = await app.Services.GetRequiredService<DigestBuilder>().BuildAsync(week, CancellationToken.None);

        var json = DigestCard.Build(digest, en: false, "https://teams.microsoft.com/l/entity/app/uppfoljningar").ToJson();

        Assert.True(Encoding.UTF8.GetByteCount(json) <= 28 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes");
        var text = System.Text.RegularExpressions.Regex.Unescape(json);
        Assert.Contains("ej rapporterat", text, StringComparison.Ordinal);
        Assert.Contains("Kritisk massa", text, StringComparison.Ordinal);
        Assert.Contains("Ny etablering", text, StringComparison.Ordinal);
        Assert.Contains("Visa mer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vanlig anteckning", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Finansiering", text, StringComparison.Ordinal); // the confidential contact's need category is not shown
    }

    [Fact]
    public async Task Card_RedFlagOnlyInAConfidentialContact_CountedWithoutTypeNeverNoRedFlags()
    {
        await SeedOskarshamnAsync();
        var built = await app.Services.GetRequiredService<DigestBuilder>().BuildAsync(week, CancellationToken.None);
        var oskarshamn = built.Municipalities.Single(m => m.Name == "Oskarshamn");
        Assert.Equal((1, 0, 1), (oskarshamn.This!.WithheldRedFlags, oskarshamn.This.WithheldExpansion, oskarshamn.This.WithheldNeeds));
        Assert.DoesNotContain(oskarshamn.This.Signals.Keys, k => k == "Closing"); // the type stays home
        var alone = new NetworkDigest(week, [oskarshamn]); // no other member reporting a red flag

        var text = System.Text.RegularExpressions.Regex.Unescape(DigestCard.Build(alone, en: false, null).ToJson());

        Assert.DoesNotContain("Inga varningssignaler", text, StringComparison.Ordinal);
        Assert.Contains("⚠ Varning: 1 i sekretessmarkerade kontakter (typ visas inte): Oskarshamn 1", text, StringComparison.Ordinal);
        Assert.Contains("Dessutom 1\u00A0behov i sekretessmarkerade kontakter (kategori visas inte)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Risk för nedläggning", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Visa mer", text, StringComparison.Ordinal); // no link configured, no button
    }

    [Fact]
    public async Task Publish_SignedForAMember_401ForAStrangerAnd400ForABadWeek()
    {
        await SeedOskarshamnAsync();
        var client = app.CreateClient();
        var path = $"/api/network/v1/reports/{week}";

        var ok = await client.SendAsync(Signed(path, Secret));
        var stranger = await client.SendAsync(Signed(path, "fel-hemlighet-fel-hemlighet-fel-hemlighet-00"));
        var badWeek = await client.SendAsync(Signed("/api/network/v1/reports/2026-W99", Secret));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadAsByteArrayAsync();
        Assert.True(ourKey.VerifyData(body, Convert.FromBase64String(ok.Headers.GetValues("Ncrm-Signature").Single()), HashAlgorithmName.SHA256));
        var report = JsonDocument.Parse(body).RootElement;
        Assert.Equal(("oskarshamn", week), (report.GetProperty("installation").GetString(), report.GetProperty("week").GetString()));
        var oskarshamn = report.GetProperty("municipalities").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "0882");
        Assert.Equal(2, oskarshamn.GetProperty("contacts").GetInt32());
        Assert.DoesNotContain("Hemlig", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badWeek.StatusCode);
    }

    [Fact]
    public async Task Publish_SameSignedRequestTwice_SecondRefusedWithinTheWindow()
    {
        await SeedOskarshamnAsync();
        var client = app.CreateClient();
        var path = $"/api/network/v1/reports/{week}";
        var nonce = Guid.NewGuid().ToString("N");

        var first = await client.SendAsync(Signed(path, Secret, nonce));
        var replay = await client.SendAsync(Signed(path, Secret, nonce));
        var fresh = await client.SendAsync(Signed(path, Secret));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Publish_SignedWithoutRequestId_Refused()
    {
        var path = $"/api/network/v1/reports/{week}";
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sig = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"GET\n{path}\n{ts}")));
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", $"Ncrm-Hmac id=kiruna,ts={ts},sig={sig}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("%D9%A2%D9%A0%D9%A2%D9%A6-W48")] // Arabic-Indic digits: \d took them
    [InlineData("2026-W48%0A")] // a trailing newline: $ let it through
    public async Task Publish_WeekWithNonAsciiDigitsOrTrailingNewline_400(string week)
    {
        var path = "/api/network/v1/reports/" + week;

        var response = await app.CreateClient().SendAsync(Signed(path, Secret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static HttpRequestMessage Signed(string path, string secret, string? nonce = null)
    {
        nonce ??= Guid.NewGuid().ToString("N");
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signedPath = Uri.UnescapeDataString(path);
        var sig = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"GET\n{signedPath}\n{ts}\n{nonce}")));
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", $"Ncrm-Hmac id=kiruna,ts={ts},nonce={nonce},sig={sig}");
        return request;
    }

    /// <summary>This week in Oskarshamn: two contacts with one firm, an energy need, and a confidential contact whose need and text stay home.</summary>
    private async Task SeedOskarshamnAsync()
    {
        var m = Domain.Municipalities.MunicipalityCode.Parse("0882").Value;
        var org = OrgNumber.Parse("556036-0793").Value;
        await app.Services.GetRequiredService<ICompanyRepository>().SaveAsync(Company.Register(m, org, "Hammarverken AB").Value);
        var repo = app.Services.GetRequiredService<IInteractionRepository>();
        var anna = new UserRef("anna", "Anna Lindqvist");
        var today = SwedishCalendar.Today(TimeProvider.System);
        var visit = Interaction.Record(Guid.NewGuid(), m, org, InteractionKind.Visit, today, anna, DateTimeOffset.UtcNow, "Vanlig anteckning").Value;
        visit.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.Find("energi")!, "5 MW").Value);
        visit.AddSignal(Signal.Spot(Guid.NewGuid(), SignalType.NewSite, "Ny fabrik", [], null).Value);
        var secret = Interaction.Record(Guid.NewGuid(), m, org, InteractionKind.Meeting, today, anna, DateTimeOffset.UtcNow, "Hemlig nedläggning").Value;
        secret.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.Find("finansiering")!, "Hemlig kris").Value);
        secret.AddSignal(Signal.Spot(Guid.NewGuid(), SignalType.Closing, "Hemlig nedläggning", [], null).Value);
        secret.MarkConfidential();
        Assert.True((await repo.AddAsync(visit, [])).IsSuccess);
        Assert.True((await repo.AddAsync(secret, [])).IsSuccess);
    }

    private static void Member(Dictionary<string, string?> s, int i, string id, string name, string url, string publicKey)
    {
        s[$"Network:Members:{i}:Id"] = id;
        s[$"Network:Members:{i}:Name"] = name;
        s[$"Network:Members:{i}:BaseUrl"] = url;
        s[$"Network:Members:{i}:PublicKeyPem"] = publicKey;
        s[$"Network:Members:{i}:SharedSecret"] = Secret;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
