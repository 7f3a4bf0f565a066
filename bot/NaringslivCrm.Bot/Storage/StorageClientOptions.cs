using Azure.Core;
using Azure.Data.Tables;

namespace NaringslivCrm.Bot.Storage;

/// <summary>The Table client's settings: two retries, 10 s per try, and the SDK's failures translated (<see cref="StorageFailurePolicy"/>).</summary>
public static class StorageClientOptions
{
    public static TableClientOptions Create()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        options.AddPolicy(new StorageFailurePolicy(), HttpPipelinePosition.PerCall);
        return options;
    }
}
