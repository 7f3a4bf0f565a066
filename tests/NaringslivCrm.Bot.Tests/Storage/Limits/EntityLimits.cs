using Azure.Data.Tables;

namespace NaringslivCrm.Bot.Tests.Storage.Limits;

/// <summary>
/// What Azure Table Storage holds, measured the way the service does. Source: "Understanding the Table service data
/// model" (learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model): an entity has at
/// most 255 properties (PartitionKey, RowKey and Timestamp included) and at most 1 MiB; a String property holds at
/// most 64 KiB (UTF-16, so 32,768 characters), a Binary one 64 KiB. Entity size = 4 bytes + (PartitionKey + RowKey
/// length) × 2 + for each property 8 bytes + name length × 2 + its value's size (string: length × 2 + 4; numbers and
/// dates 8; int 4; bool 1; Guid 16).
/// </summary>
public static class EntityLimits
{
    public const int MaxPropertyBytes = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxProperties = 255;

    public static int PropertyBytes(object? value) => value switch
    {
        null => 0,
        string s => (s.Length * 2) + 4,
        byte[] b => b.Length + 4,
        BinaryData b => b.ToArray().Length + 4,
        int => 4,
        bool => 1,
        Guid => 16,
        _ => 8,
    };

    public static int EntityBytes(TableEntity e) =>
        4 + ((e.PartitionKey.Length + e.RowKey.Length) * 2)
        + e.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "odata.etag" or "Timestamp"))
            .Sum(p => 8 + (p.Key.Length * 2) + PropertyBytes(p.Value));

    /// <summary>Fails naming the entity and property that would not fit.</summary>
    public static void AssertFits(TableEntity e, string what)
    {
        Assert.True(e.Count + 1 <= MaxProperties, $"{what}: {e.Count + 1} properties");
        foreach (var p in e.Where(p => p.Value is string or byte[] or BinaryData))
        {
            Assert.True(PropertyBytes(p.Value) - 4 <= MaxPropertyBytes, $"{what}.{p.Key}: {PropertyBytes(p.Value) - 4} bytes");
        }

        Assert.True(EntityBytes(e) <= MaxEntityBytes, $"{what}: {EntityBytes(e)} bytes");
    }
}
