using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Api;

/// <summary>
/// The tab's API contract is the OpenAPI document the host serves; tab/openapi.json is that document committed, and the
/// tab's types are generated from it (tab/src/api/schema.d.ts, `npm run gen:api`). This test fails when the API changed
/// and the committed document did not: run it with UPDATE_OPENAPI=1 to rewrite tab/openapi.json, then `npm run gen:api`
/// in tab/ (the tab's check fails in turn while its types are older than the document).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenApiContractTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    [Fact]
    public async Task Document_SameAsCommittedTabContract()
    {
        var served = Normalize(await Client.GetStringAsync("/openapi/v1.json"));
        var path = Path.Combine(RepoRoot(), "tab", "openapi.json");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        var committed = File.Exists(path) ? Normalize(await File.ReadAllTextAsync(path)) : string.Empty;
        Assert.True(committed == served,
            "tab/openapi.json is not the API's document. Run: UPDATE_OPENAPI=1 dotnet test tests/NaringslivCrm.Bot.Tests --filter OpenApiContract; then npm run gen:api in tab/.");
    }

    [Fact]
    public async Task Document_DescribesFollowUpListWithItsSchema()
    {
        var doc = await Client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"ItemsPageOfFollowUpDto\"", doc, StringComparison.Ordinal);
        Assert.Contains("\"etag\"", doc, StringComparison.Ordinal);
    }

    private static string Normalize(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NaringslivCrm.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NaringslivCrm.sln not found above " + AppContext.BaseDirectory);
    }
}
