namespace NaringslivCrm.Bot.Storage;

/// <summary>Every table the app uses; created at start-up.</summary>
public sealed class TableNames(string prefix)
{
    public string ConversationReferences { get; } = prefix + "ConversationReferences";

    public string ProcessedActivities { get; } = prefix + "ProcessedActivities";

    public IEnumerable<string> All => [ConversationReferences, ProcessedActivities, .. Extra];

    /// <summary>Tables added by features as they register.</summary>
    public List<string> Extra { get; } = [];

    public string Named(string name) => prefix + name;
}
