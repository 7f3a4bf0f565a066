using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Privacy.Retention;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Tests.Privacy;

[Collection(AzuriteCollection.Name)]
public sealed class PrivacyApiTests(AzuriteFixture azurite) : PrivacyTestBase(azurite)
{
    private static string Query => $"name={Uri.EscapeDataString(Person)}&email={Uri.EscapeDataString(Email)}&phone={Uri.EscapeDataString(Phone)}";

    [Fact]
    public async Task Extract_PersonEverywhere_ContactParticipantNotesNeedAndFollowUpListed()
    {
        var (visit, secret, followUp) = await SeedPersonEverywhereAsync();
        var anna = await SignedInAsync("anna");

        var body = await anna.GetFromJsonAsync<JsonElement>($"/api/v1/privacy/extract?{Query}");

        var contact = Assert.Single(body.GetProperty("contacts").EnumerateArray());
        Assert.Equal((Person, Email), (contact.GetProperty("name").GetString(), contact.GetProperty("workEmail").GetString()));
        var interactions = body.GetProperty("interactions").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal(new[] { visit.Id.ToString("N"), secret.Id.ToString("N") }.Order(StringComparer.Ordinal), interactions.Keys.Order(StringComparer.Ordinal));
        Assert.True(interactions[visit.Id.ToString("N")].GetProperty("participant").GetBoolean());
        Assert.Equal(2, interactions[visit.Id.ToString("N")].GetProperty("texts").GetArrayLength()); // notes and the need
        Assert.True(interactions[secret.Id.ToString("N")].GetProperty("confidential").GetBoolean());
        var f = Assert.Single(body.GetProperty("followUps").EnumerateArray());
        Assert.Equal(followUp.Id.ToString("N"), f.GetProperty("id").GetString());
        Assert.Equal(2, f.GetProperty("texts").GetArrayLength()); // description (e-mail) and the återkoppling (its history line is the same text)

        var bytes = await anna.GetByteArrayAsync($"/api/v1/privacy/extract?{Query}&format=csv");
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Typ;Organisationsnummer;Id;Datum;Sekretess;Uppgift", csv, StringComparison.Ordinal);
        Assert.Equal(1 + 1 + 2 + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Erasure_PersonEverywhere_NoTraceInAnyTableCountsUnchangedAuditedWithoutTheName()
    {
        var (visit, _, followUp) = await SeedPersonEverywhereAsync();
        await Table("Outbox").AddEntityAsync(new TableEntity(Oskarshamn.Value, $"Due|{followUp.Id:N}|20261124")
        {
            ["FollowUpId"] = followUp.Id.ToString("N"), ["Description"] = $"Skicka offert till {Email}", ["CompanyName"] = "Hammarverken AB",
        });
        var statsBefore = await App.Services.GetRequiredService<IInteractionQueries>().StatsAsync(Oskarshamn, OrgNumber.Parse(Org).Value, CancellationToken.None);
        Assert.NotEmpty(await TracesAsync(Person));
        var anna = await SignedInAsync("anna");

        var response = await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = Person, email = Email, phone = Phone, confirm = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 2, 1, 1, 0), (result.GetProperty("contacts").GetInt32(), result.GetProperty("interactions").GetInt32(),
            result.GetProperty("followUps").GetInt32(), result.GetProperty("reminders").GetInt32(), result.GetProperty("conflicts").GetInt32()));
        Assert.Empty(await TracesAsync(Person));
        Assert.Empty(await TracesAsync("åsa öberg"));
        Assert.Empty(await TracesAsync(Email));
        Assert.Empty(await TracesAsync("0491123456"));
        Assert.Empty(await TracesAsync("0491-123 456"));
        Assert.NotEmpty(await TracesAsync("Per Holm")); // the colleague stays
        var statsAfter = await App.Services.GetRequiredService<IInteractionQueries>().StatsAsync(Oskarshamn, OrgNumber.Parse(Org).Value, CancellationToken.None);
        Assert.Equal(statsBefore, statsAfter);
        var stored = await Interactions.GetAsync(Oskarshamn, visit.Id);
        // "Åsa Öberg" is 9 characters, shorter than "[borttaget]": its token is "[…]", so erasure never grows a text.
        Assert.Equal(["[…] (vd)", "Per Holm"], stored!.Participants);
        Assert.Equal("[…] vill ha 5 MW", Assert.Single(stored.Needs).Description);

        var audit = await anna.GetFromJsonAsync<JsonElement>("/api/v1/audit");
        var erase = Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "erase");
        Assert.Equal(result.GetProperty("caseReference").GetString(), erase.GetProperty("subjectId").GetString());

        var again = await (await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = Person, email = Email, phone = Phone, confirm = true })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("interactions").GetInt32() + again.GetProperty("followUps").GetInt32() + again.GetProperty("contacts").GetInt32());
    }

    [Theory]
    [InlineData("erik", "/api/v1/privacy/extract?name=Åsa%20Öberg", HttpStatusCode.Forbidden)]
    [InlineData("anna", "/api/v1/privacy/extract?name=Å", HttpStatusCode.BadRequest)]
    [InlineData("anna", "/api/v1/privacy/extract?name=Åsa%20Öberg&email=inte-en-adress", HttpStatusCode.BadRequest)]
    [InlineData("erik", "/api/v1/privacy/retention", HttpStatusCode.Forbidden)]
    [InlineData("erik", "/api/v1/audit", HttpStatusCode.Forbidden)]
    [InlineData("anna", "/api/v1/audit?month=2026-13", HttpStatusCode.BadRequest)]
    public async Task Privacy_WrongRoleOrInput_ClearError(string user, string url, HttpStatusCode expected)
    {
        var client = await SignedInAsync(user);

        var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Erasure_WithoutConfirmation_400AndNothingChanged()
    {
        await SeedPersonEverywhereAsync();
        var anna = await SignedInAsync("anna");
        var before = await SnapshotAsync();

        var response = await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = Person });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bekräfta radering", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Extract_OtherMunicipalitysManager_FindsNothingOfOskarshamn()
    {
        await SeedPersonEverywhereAsync();
        var kim = await SignedInAsync("kim");

        var body = await kim.GetFromJsonAsync<JsonElement>($"/api/v1/privacy/extract?{Query}");

        Assert.Equal(0, body.GetProperty("contacts").GetArrayLength() + body.GetProperty("interactions").GetArrayLength() + body.GetProperty("followUps").GetArrayLength());
    }

    [Fact]
    public async Task Retention_DryRunListsExactlyWhatTheRunDisposesOf_NothingElseChanges()
    {
        var today = SwedishCalendar.Today(TimeProvider.System);
        var oldFirm = Company.Register(Oskarshamn, OrgNumber.Parse("556036-0793").Value, "Gamla Verken AB").Value;
        oldFirm.SaveContact(ContactPerson.Create(Guid.NewGuid(), "Gunnar Gammal", "vd", null, null).Value);
        var activeFirm = Company.Register(Oskarshamn, Storage.Build.OrgNumber(3), "Aktiva AB").Value;
        activeFirm.SaveContact(ContactPerson.Create(Guid.NewGuid(), "Anna Aktiv", "vd", null, null).Value);
        await Companies.SaveAsync(oldFirm);
        await Companies.SaveAsync(activeFirm);
        var old = Interaction.Record(Guid.NewGuid(), Oskarshamn, oldFirm.OrgNumber, InteractionKind.Visit, today.AddYears(-6), Erik, DateTimeOffset.UtcNow, "Gamla anteckningar om Gunnar").Value;
        old.AddParticipant("Gunnar Gammal");
        var recent = Interaction.Record(Guid.NewGuid(), Oskarshamn, activeFirm.OrgNumber, InteractionKind.Call, today.AddYears(-1), Erik, DateTimeOffset.UtcNow, "Färska anteckningar").Value;
        await Interactions.AddAsync(old, []);
        await Interactions.AddAsync(recent, []);
        var anna = await SignedInAsync("anna");

        var dryRun = await anna.GetFromJsonAsync<JsonElement>("/api/v1/privacy/retention");
        var planned = dryRun.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("rule").GetString(), i.GetProperty("id").GetString())).ToList();
        var disposed = await App.Services.GetRequiredService<RetentionJob>().RunAsync(Oskarshamn, CancellationToken.None);

        Assert.Equal([(RetentionJob.ContactPersonsRule, oldFirm.Contacts[0].Id.ToString("N")), (RetentionJob.NotesRule, old.Id.ToString("N"))], planned);
        Assert.Equal(planned, disposed.Select(d => ((string?)d.Rule, (string?)d.Id)));
        var oldAfter = await Interactions.GetAsync(Oskarshamn, old.Id);
        Assert.Equal((string.Empty, "[borttaget]"), (oldAfter!.Notes, oldAfter.Participants.Single()));
        Assert.Equal("Färska anteckningar", (await Interactions.GetAsync(Oskarshamn, recent.Id))!.Notes);
        Assert.Empty((await Companies.GetAsync(Oskarshamn, oldFirm.OrgNumber))!.Contacts);
        Assert.Single((await Companies.GetAsync(Oskarshamn, activeFirm.OrgNumber))!.Contacts);
        Assert.Empty((await anna.GetFromJsonAsync<JsonElement>("/api/v1/privacy/retention")).GetProperty("items").EnumerateArray());
        var audit = await anna.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=500");
        Assert.Equal(2, audit.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("action").GetString() == "dispose"));
    }
}
