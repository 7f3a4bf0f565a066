using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;

namespace NaringslivCrm.Bot.Tests.Privacy;

/// <summary>
/// Erasure never grows a value (a note full of a short name once grew past 64 KiB and failed on every run) and
/// completes: a second run writes nothing, and the register extract is empty afterwards.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ErasureBoundsTests(AzuriteFixture azurite) : PrivacyTestBase(azurite)
{
    [Theory]
    [InlineData("Bo Ek")]
    [InlineData("Eva")]
    [InlineData("Åsa Öberg")]
    public async Task Erasure_NotesAtTheLimitFullOfTheName_ErasedRunTwiceSameStateExtractEmpty(string person)
    {
        var org = await CompanyAsync(person);
        var notes = string.Concat(Enumerable.Repeat(person + " ", Interaction.MaxNotesLength / (person.Length + 1)));
        var visit = await VisitAsync(org, notes);
        var followUp = await FollowUpAsync(org, string.Concat(Enumerable.Repeat(person + ",", FollowUp.MaxDescriptionLength / (person.Length + 1))));
        var anna = await SignedInAsync("anna");

        var first = await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = person, confirm = true });
        var afterFirst = await DataSnapshotAsync();
        var second = await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = person, confirm = true });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var counts = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 1, 1, 0), (counts.GetProperty("contacts").GetInt32(), counts.GetProperty("interactions").GetInt32(),
            counts.GetProperty("followUps").GetInt32(), counts.GetProperty("conflicts").GetInt32()));
        Assert.Equal(afterFirst, await DataSnapshotAsync()); // the second run wrote nothing (only its audit line)
        Assert.Empty(await TracesAsync(person));
        var stored = (await Interactions.GetAsync(Oskarshamn, visit.Id))!;
        Assert.True(stored.Notes.Length <= notes.Length, $"notes grew from {notes.Length} to {stored.Notes.Length}");
        Assert.True((await FollowUps.GetAsync(Oskarshamn, followUp.Id))!.Description.Length <= followUp.Description.Length);
        await AssertExtractEmptyAsync(anna, person);
    }

    [Fact]
    public async Task Erasure_NameInsideAnEarlierToken_TokenKeptAndSecondRunChangesNothing()
    {
        var org = await CompanyAsync("Tage");
        var visit = await VisitAsync(org, "Åsa Öberg-Lindqvist och Tage ringde.");
        var anna = await SignedInAsync("anna");
        await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = "Åsa Öberg-Lindqvist", confirm = true });

        var first = await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = "Tage", confirm = true });
        var afterFirst = await DataSnapshotAsync();
        await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = "Tage", confirm = true });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(afterFirst, await DataSnapshotAsync());
        await AssertExtractEmptyAsync(anna, "Tage");
        Assert.Equal("[borttaget] och […] ringde.", (await Interactions.GetAsync(Oskarshamn, visit.Id))!.Notes);
    }

    /// <summary>Every entity with its ETag except the audit log (each run adds its own audit line, as it should).</summary>
    private async Task<List<string>> DataSnapshotAsync() => [.. (await SnapshotAsync()).Where(e => !e.StartsWith("Audit/", StringComparison.Ordinal))];

    private static async Task AssertExtractEmptyAsync(HttpClient client, string person)
    {
        var extract = await client.GetFromJsonAsync<JsonElement>($"/api/v1/privacy/extract?name={Uri.EscapeDataString(person)}");
        Assert.Equal((0, 0, 0), (extract.GetProperty("contacts").GetArrayLength(), extract.GetProperty("interactions").GetArrayLength(),
            extract.GetProperty("followUps").GetArrayLength()));
    }

    private async Task<OrgNumber> CompanyAsync(string contact)
    {
        var org = OrgNumber.Parse(Org).Value;
        var company = Company.Register(Oskarshamn, org, "Hammarverken AB").Value;
        company.SaveContact(ContactPerson.Create(Guid.NewGuid(), contact, "vd", null, null).Value);
        Assert.True((await Companies.SaveAsync(company)).IsSuccess);
        return org;
    }

    private async Task<Interaction> VisitAsync(OrgNumber org, string notes)
    {
        var today = SwedishCalendar.Today(TimeProvider.System);
        var visit = Interaction.Record(Guid.NewGuid(), Oskarshamn, org, InteractionKind.Visit, today.AddDays(-3), Erik, DateTimeOffset.UtcNow, notes).Value;
        Assert.True((await Interactions.AddAsync(visit, [])).IsSuccess);
        return visit;
    }

    private async Task<FollowUp> FollowUpAsync(OrgNumber org, string description)
    {
        var calendar = new SwedishCalendar();
        var today = SwedishCalendar.Today(TimeProvider.System);
        var f = FollowUp.Create(Guid.NewGuid(), Oskarshamn, org, null, description, Erik, calendar.WorkingDayOnOrAfter(today.AddDays(5)), Erik, DateTimeOffset.UtcNow, calendar).Value;
        Assert.True((await FollowUps.AddAsync(f)).IsSuccess);
        return f;
    }
}
