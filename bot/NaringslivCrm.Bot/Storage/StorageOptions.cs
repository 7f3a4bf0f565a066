namespace NaringslivCrm.Bot.Storage;

/// <summary>
/// Where the tables live: ConnectionStrings:Tables (Azurite locally), or Storage:TableEndpoint with
/// DefaultAzureCredential in Azure (no secret).
/// </summary>
public sealed class StorageOptions
{
    public string? ConnectionString { get; set; }

    public string? TableEndpoint { get; set; }

    /// <summary>Prefix for table names, so tests can share one Azurite.</summary>
    public string TablePrefix { get; set; } = string.Empty;
}
