using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;

namespace NaringslivCrm.Bot.Tests.Api;

/// <summary>The company list and the service level read counter rows; what they show must match the records.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CountedViewsTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    [Fact]
    public async Task ServiceLevel_FiveAnsweredAndTwoOpen_MedianP90TargetShareAndOpenByAge()
    {
        var now = DateTimeOffset.UtcNow;
        var answered = new[] { 1, 2, 4, 10, 20 };
        var followUps = await AddFollowUpsAsync("556036-0793", "Hammarverken", [.. answered.Select(d => now.AddDays(-d)), now.AddDays(-3), now.AddDays(-40)]);
        for (var i = 0; i < answered.Length; i++)
        {
            Assert.True(followUps[i].Close(new UserRef("erik", "Erik Johansson"), "Besked lämnat", now).IsSuccess);
            Assert.True((await Repository.UpdateAsync(followUps[i])).IsSuccess);
        }

        var anna = await SignedInAsync("anna");
        var body = await anna.GetFromJsonAsync<JsonElement>("/api/v1/service-level");

        var month = Assert.Single(body.GetProperty("months").EnumerateArray());
        Assert.Equal(("erik", 5, 4.0, 20.0, 0.8), (month.GetProperty("officerId").GetString(), month.GetProperty("closed").GetInt32(),
            month.GetProperty("medianDays").GetDouble(), month.GetProperty("p90Days").GetDouble(), month.GetProperty("withinTargetShare").GetDouble()));
        Assert.Equal("Erik Johansson", month.GetProperty("officerName").GetString());
        var byAge = body.GetProperty("openByAge").EnumerateArray().ToDictionary(b => b.GetProperty("bucket").GetString()!, b => b.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["0-7"] = 1, ["8-14"] = 0, ["15-30"] = 0, ["31+"] = 1 }, byAge);
    }

    [Fact]
    public async Task ServiceLevel_OtherMunicipalitysCloses_NotCounted()
    {
        var now = DateTimeOffset.UtcNow;
        var theirs = await AddFollowUpsAsync("556036-0793", "Kirunaverken", [now.AddDays(-2)], Kiruna);
        Assert.True(theirs[0].Close(new UserRef("kim", "Kim Berg"), "Klart", now).IsSuccess);
        Assert.True((await Repository.UpdateAsync(theirs[0])).IsSuccess);

        var anna = await SignedInAsync("anna");
        var body = await anna.GetFromJsonAsync<JsonElement>("/api/v1/service-level");

        Assert.Empty(body.GetProperty("months").EnumerateArray());
        var byAge = body.GetProperty("openByAge").EnumerateArray().ToDictionary(b => b.GetProperty("bucket").GetString()!, b => b.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["0-7"] = 0, ["8-14"] = 0, ["15-30"] = 0, ["31+"] = 0 }, byAge);
    }

    [Fact]
    public async Task Companies_ListRow_ShowsOpenNeedsSignalsAndFollowUpsAfterOneIsClosed()
    {
        var now = DateTimeOffset.UtcNow;
        var followUps = await AddFollowUpsAsync("556036-0793", "Hammarverken", [now, now]);
        followUps[0].Close(new UserRef("erik", "Erik Johansson"), "Klart", now);
        await Repository.UpdateAsync(followUps[0]);

        var erik = await SignedInAsync("erik");
        var body = await erik.GetFromJsonAsync<JsonElement>("/api/v1/companies?q=Hammar");

        var row = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal((1, 0, 1), (row.GetProperty("openNeeds").GetInt32(), row.GetProperty("openSignals").GetInt32(), row.GetProperty("openFollowUps").GetInt32()));
        Assert.Equal(SwedishCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            row.GetProperty("lastContact").GetString());
    }

    private IFollowUpRepository Repository => App.Services.GetRequiredService<IFollowUpRepository>();

    /// <summary>One visit with an energy need and follow-ups for erik created at the given instants.</summary>
    private async Task<List<FollowUp>> AddFollowUpsAsync(string orgnr, string name, DateTimeOffset[] created, Domain.Municipalities.MunicipalityCode? m = null)
    {
        var municipality = m ?? Oskarshamn;
        var calendar = new SwedishCalendar();
        var org = OrgNumber.Parse(orgnr).Value;
        await App.Services.GetRequiredService<ICompanyRepository>().SaveAsync(Company.Register(municipality, org, name).Value);
        var erik = new UserRef("erik", "Erik Johansson");
        var today = SwedishCalendar.Today(TimeProvider.System);
        var visit = Interaction.Record(Guid.NewGuid(), municipality, org, InteractionKind.Visit, today, erik, DateTimeOffset.UtcNow, "anteckning").Value;
        visit.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.Find("energi")!, "Effekt").Value);
        var followUps = created.Select(at => FollowUp.Create(Guid.NewGuid(), municipality, org, visit.Id, "Återkoppla", erik,
            calendar.WorkingDayOnOrAfter(today.AddDays(10)), erik, at, calendar).Value).ToList();
        Assert.True((await App.Services.GetRequiredService<IInteractionRepository>().AddAsync(visit, followUps)).IsSuccess);
        return followUps;
    }
}
