using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;

namespace NaringslivCrm.Bot.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class CompanyTimelineTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    private const string Org = "556036-0793";

    [Fact]
    public async Task Timeline_ThirtyContactsAndTheirFollowUps_TwoPagesNewestFirstEachFollowUpOnce()
    {
        var calendar = new SwedishCalendar();
        var org = OrgNumber.Parse(Org).Value;
        await App.Services.GetRequiredService<ICompanyRepository>().SaveAsync(Company.Register(Oskarshamn, org, "Hammarverken").Value);
        var erik = new UserRef("erik", "Erik Johansson");
        var first = new DateOnly(2025, 1, 6);
        for (var i = 0; i < 30; i++)
        {
            var date = first.AddDays(7 * i);
            var visit = Interaction.Record(Guid.NewGuid(), Oskarshamn, org, InteractionKind.Call, date, erik, DateTimeOffset.UtcNow, $"Samtal {i}").Value;
            var followUp = FollowUp.Create(Guid.NewGuid(), Oskarshamn, org, visit.Id, $"Uppföljning {i}", erik,
                calendar.WorkingDayOnOrAfter(date.AddDays(3)), erik, DateTimeOffset.UtcNow, calendar).Value;
            Assert.True((await App.Services.GetRequiredService<IInteractionRepository>().AddAsync(visit, [followUp])).IsSuccess);
        }

        var client = await SignedInAsync("erik");
        var page1 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/companies/{Org}");
        var token = page1.GetProperty("continuationToken").GetString();
        var page2 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/companies/{Org}?continuationToken={Uri.EscapeDataString(token!)}");

        Assert.Equal(JsonValueKind.Null, page2.GetProperty("continuationToken").ValueKind);
        var entries = page1.GetProperty("timeline").EnumerateArray().Concat(page2.GetProperty("timeline").EnumerateArray()).ToList();
        var contacts = entries.Where(e => e.GetProperty("kind").GetString() == "interaction").ToList();
        var followUps = entries.Where(e => e.GetProperty("kind").GetString() == "followUp").Select(e => e.GetProperty("title").GetString()).ToList();
        Assert.Equal(25, page1.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "interaction"));
        Assert.Equal(Enumerable.Range(0, 30).Reverse().Select(i => $"Samtal {i}"), contacts.Select(c => c.GetProperty("detail").GetString()));
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"Uppföljning {i}").Order(StringComparer.Ordinal), followUps.Order(StringComparer.Ordinal));
        var dates = entries.Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("inte-base64!")]
    [InlineData("e30")] // {}
    [InlineData("eyJDIjoieCIsIkIiOiJpZ8OlciJ9")] // {"C":"x","B":"igår"}
    public async Task Timeline_DamagedContinuationToken_400WithSwedishMessage(string token)
    {
        var client = await SignedInAsync("erik");

        var response = await client.GetAsync($"/api/v1/companies/{Org}?continuationToken={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Fortsättningstoken är ogiltig", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
