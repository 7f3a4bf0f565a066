using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Chat;

/// <summary>A fresh host, a fake Connector and one registered company (Ovako-like demo firm) per test.</summary>
public abstract class ChatTestBase(AzuriteFixture azurite) : IAsyncLifetime
{
    public const string OrgNr = "5560360793";

    protected FakeConnector Connector { get; } = new() { AcceptAnonymous = true }; // anonymous bot, as with the Agents Playground

    protected CrmAppFactory App { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected Activities Activities { get; private set; } = null!;

    protected AzuriteFixture Azurite => azurite;

    public async Task InitializeAsync()
    {
        await Connector.StartAsync();
        App = new CrmAppFactory(azurite);
        Client = App.CreateClient();
        Activities = new Activities(Connector);
        var company = Company.Register(TestMunicipalities.Oskarshamn, OrgNumber.Parse(OrgNr).Value, "Hammarverken Stål AB").Value;
        await App.Services.GetRequiredService<ICompanyRepository>().SaveAsync(company);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>Presses an Action.Execute button: the invoke's HTTP response carries the new card.</summary>
    protected async Task<JsonElement> PressAsync(string verb, object data)
    {
        var response = await Client.PostActivityAsync(Activities.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static string CardText(JsonElement invokeBody) => invokeBody.GetProperty("value").GetRawText() is var raw ? System.Text.RegularExpressions.Regex.Unescape(raw) : string.Empty;

    protected TableInspector Inspector() => new(azurite, App.TablePrefix);

    protected static Dictionary<string, object?> Form(Guid draftId, Action<Dictionary<string, object?>>? change = null)
    {
        var form = new Dictionary<string, object?>
        {
            ["draftId"] = draftId.ToString(),
            ["company"] = OrgNr,
            ["kind"] = "Visit",
            ["date"] = "2026-11-20",
            ["notes"] = "Behöver 40 svetsare till hösten.",
            ["confidential"] = "false",
            ["needCategories"] = "kompetensforsorjning",
            ["needText"] = "40 svetsare",
            ["signalType"] = "Hiring",
            ["signalAmount"] = "40",
            ["signalUnit"] = "Jobs",
            ["followUpText"] = "Koppla ihop med Yrkeshögskolan",
            ["followUpDue"] = "2030-01-10",
        };
        change?.Invoke(form);
        return form;
    }
}
