using System.Net.Http.Json;
using System.Text.Json;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Chat;

[Collection(AzuriteCollection.Name)]
public sealed class MessageExtensionTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    [Fact]
    public async Task Search_PartOfName_ResultWithPreviewAndCompanyCard()
    {
        var body = await InvokeAsync("composeExtension/query", new
        {
            commandId = "sokForetag",
            parameters = new[] { new { name = "query", value = "hammar" } },
            queryOptions = new { skip = 0, count = 10 },
        });

        var result = body.GetProperty("composeExtension");
        Assert.Equal("result", result.GetProperty("type").GetString());
        var item = Assert.Single(result.GetProperty("attachments").EnumerateArray());
        Assert.Equal("Hammarverken Stål AB", item.GetProperty("preview").GetProperty("content").GetProperty("title").GetString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", item.GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Search_ConfidentialContact_NeedTextNotInSharedCard()
    {
        await PressAsync("saveContact", Form(Guid.NewGuid(), f => { f["confidential"] = "true"; f["needText"] = "Hemlig nyanläggning i Kina"; }));

        var body = await InvokeAsync("composeExtension/query", new { commandId = "sokForetag", parameters = new[] { new { name = "query", value = OrgNr } } });

        var raw = body.GetRawText();
        Assert.Contains("Kompetensförsörjning", System.Text.RegularExpressions.Regex.Unescape(raw), StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchTask_OnMessage_DialogWithPrefilledForm()
    {
        var body = await InvokeAsync("composeExtension/fetchTask", new
        {
            commandId = "loggaKontakt",
            commandContext = "message",
            messagePayload = new { body = new { contentType = "html", content = "<p>Samtal med Hammarverken: planerar att anställa 25 personer</p>" } },
        });

        var task = body.GetProperty("task");
        Assert.Equal("continue", task.GetProperty("type").GetString());
        var card = System.Text.RegularExpressions.Regex.Unescape(task.GetProperty("value").GetProperty("card").GetRawText());
        Assert.Contains($"\"value\":\"{OrgNr}\"", card, StringComparison.Ordinal);
        Assert.Contains("Action.Submit", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Execute", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAction_ValidForm_SavedAndDialogCloses()
    {
        var body = await InvokeAsync("composeExtension/submitAction", new { commandId = "loggaKontakt", data = Form(Guid.NewGuid()) });

        Assert.Equal("message", body.GetProperty("task").GetProperty("type").GetString());
        Assert.Contains(await Inspector().AllEntitiesAsync(), r => r.Entity.RowKey.StartsWith("I|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubmitAction_BadOrgNumber_DialogAgainWithMessageNothingSaved()
    {
        var body = await InvokeAsync("composeExtension/submitAction", new { commandId = "loggaKontakt", data = Form(Guid.NewGuid(), f => f["company"] = "5560360794") });

        Assert.Equal("continue", body.GetProperty("task").GetProperty("type").GetString());
        Assert.Contains("Kontrollsiffran", System.Text.RegularExpressions.Regex.Unescape(body.GetRawText()), StringComparison.Ordinal);
        Assert.DoesNotContain(await Inspector().AllEntitiesAsync(), r => r.Table == "Crm");
    }

    [Fact]
    public async Task Search_SkipAndCountAsStrings_AnsweredNot500()
    {
        var body = await InvokeAsync("composeExtension/query", new
        {
            commandId = "sokForetag",
            parameters = new[] { new { name = "query", value = "hammar" } },
            queryOptions = new { skip = "0", count = "5" },
        });

        Assert.Single(body.GetProperty("composeExtension").GetProperty("attachments").EnumerateArray());
    }

    [Theory]
    [InlineData("\"5\"")]
    [InlineData("\"fem\"")]
    [InlineData("{}")]
    [InlineData("1e40")]
    public async Task Typeahead_TopOfAnyJsonType_AnsweredNot500(string top)
    {
        var value = JsonDocument.Parse("""{"queryText":"hammar","dataset":"companies","queryOptions":{"skip":0,"top":""" + top + "}}").RootElement;

        var body = await InvokeAsync("application/search", value);

        Assert.Contains("Hammarverken", System.Text.RegularExpressions.Regex.Unescape(body.GetRawText()), StringComparison.Ordinal);
    }

    private async Task<JsonElement> InvokeAsync(string name, object value)
    {
        var response = await Client.PostActivityAsync(Activities.Invoke(name, value));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
