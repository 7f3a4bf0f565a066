using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Companies;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Storage;

/// <summary>Which storage answers are "try again" and which are "too large": real refusals from Azurite, and the SDK's shapes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageFailureTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(413, false)]
    [InlineData(403, false)]
    [InlineData(409, false)]
    public void IsTransient_ByStatusAlsoInsideTheSdksRetryAggregate(int status, bool transient)
    {
        var failure = new RequestFailedException(status, "x");
        var exhausted = new AggregateException("Retry failed after 3 tries.", failure, failure);

        Assert.Equal(transient, StorageFailure.IsTransient(failure));
        Assert.Equal(transient, StorageFailure.IsTransient(exhausted));
        Assert.Equal(status is 400 or 413, StorageFailure.IsRefusedValue(exhausted));
    }

    [Fact]
    public async Task PropertyOver64KiB_RefusedByStorage_NotTransient()
    {
        // Table Storage: a string property holds at most 64 KiB (32 K UTF-16 characters); larger is 400 PropertyValueTooLarge
        // (learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model, "Property types").
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("limits" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();

        var e = await Assert.ThrowsAnyAsync<RequestFailedException>(() =>
            table.AddEntityAsync(new TableEntity("p", "r") { ["Text"] = new string('x', 32 * 1024 + 1) }));

        Assert.True(StorageFailure.IsRefusedValue(e), $"{e.Status} {e.ErrorCode}");
        Assert.False(StorageFailure.IsTransient(e));
        await table.DeleteAsync();
    }

    [Fact]
    public async Task ValueTooLarge_ThroughTheAppsClient_IsTheAppsRefusedValue()
    {
        var table = new TableServiceClient(azurite.ConnectionString, StorageClientOptions.Create()).GetTableClient("limits" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();

        var single = await Assert.ThrowsAsync<StorageException>(() =>
            table.AddEntityAsync(new TableEntity("p", "r") { ["Short"] = "ok", ["Notes"] = new string('x', 32 * 1024 + 1) }));
        var batch = await Assert.ThrowsAsync<StorageException>(() => table.SubmitAsync(
            [new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "a") { ["Short"] = "ok" }),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "b") { ["ClosingNote"] = new string('x', 32 * 1024 + 1) })],
            CancellationToken.None));

        Assert.All([single, batch], e => Assert.Equal(StorageFailureKind.RefusedValue, e.Kind));
        Assert.Equal(("Notes", "ClosingNote"), (single.Property, batch.Property)); // found in what was sent: storage's answer names no property
        Assert.Equal(400, single.Status);
        Assert.True(StorageFailure.IsRefusedValue(batch));
        await table.DeleteAsync();
    }

    [Fact]
    public async Task StorageNotAnswering_AdapterThrowsTheAppsUnavailable_NoAzureType()
    {
        // Nothing listens on port 9 (discard): the transport fails, the SDK retries twice, the adapter gives up.
        var dead = new TableServiceClient("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            StorageClientOptions.Create());
        var companies = new TableCompanyRepository(dead, new TableNames("dead"));

        var e = await Assert.ThrowsAsync<StorageException>(() => companies.GetAsync(Build.Oskarshamn, Build.OrgNumber()));

        Assert.Equal(StorageFailureKind.Unavailable, e.Kind);
        Assert.Equal(0, e.Status);
        Assert.True(StorageFailure.IsTransient(e));
    }

    [Fact]
    public async Task AnswersAnAdapterHandles_StayTheSdks_CreateIfNotExistsStillWorks()
    {
        var table = new TableServiceClient(azurite.ConnectionString, StorageClientOptions.Create()).GetTableClient("conflict" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, e.Status);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("p", "absent")).HasValue);
        await table.DeleteAsync();
    }

    [Fact]
    public void RefusalText_PropertyKnown_NamesTheFieldAndItsLimitNeverTryAgain()
    {
        var refused = new StorageException(StorageFailureKind.RefusedValue, 400, "PropertyValueTooLarge", null, "Notes");

        var (sv, en) = Localization.StorageRefusalText.For(new AggregateException(refused));

        Assert.Equal("Fältet anteckningarna (Notes) blev för stort för lagringen: högst 32 768 tecken (64 KiB). Ingenting sparades; korta texten.", sv);
        Assert.Equal("The field notes (Notes) is too large for storage: at most 32,768 characters (64 KiB). Nothing was saved; shorten the text.", en);
    }

    [Fact]
    public void RefusalText_EntityTooLargeNoProperty_NamesBothLimits()
    {
        var (sv, _) = Localization.StorageRefusalText.For(new StorageException(StorageFailureKind.RefusedValue, 413, "EntityTooLarge", null));

        Assert.Contains("högst 64 KiB per fält och 1 MiB per post", sv, StringComparison.Ordinal);
        Assert.DoesNotContain("Försök igen", sv, StringComparison.Ordinal);
    }
}
