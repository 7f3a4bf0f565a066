namespace NaringslivCrm.Bot.Storage;

/// <summary>Every table the app uses; created at start-up.</summary>
public sealed class TableNames(string prefix)
{
    public string ConversationReferences { get; } = prefix + "ConversationReferences";

    public string ProcessedActivities { get; } = prefix + "ProcessedActivities";

    /// <summary>Companies: PartitionKey = kommunkod, RowKey = organisationsnummer (10 digits).</summary>
    public string Companies { get; } = prefix + "Companies";

    /// <summary>Interactions, follow-ups, their index rows and per-company stats: PartitionKey = kommunkod (see CrmKeys).</summary>
    public string Crm { get; } = prefix + "Crm";

    public IEnumerable<string> All => [ConversationReferences, ProcessedActivities, Companies, Crm, Named("Officers"), Named("Outbox"), Named("Audit"), Named("Digest"), Named("ReminderDelivery"), Named("NetworkRequests"), .. Extra];

    /// <summary>Tables added by features as they register.</summary>
    public List<string> Extra { get; } = [];

    public string Named(string name) => prefix + name;
}
