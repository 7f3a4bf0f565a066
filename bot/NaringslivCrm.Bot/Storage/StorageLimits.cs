using System.Text.Json;

namespace NaringslivCrm.Bot.Storage;

/// <summary>
/// What Azure Table Storage holds ("Understanding the Table service data model",
/// learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model): a string property at most
/// 64 KiB (UTF-16, so 32,768 characters), an entity at most 1 MiB. Storage's refusal (400 PropertyValueTooLarge, 413
/// EntityTooLarge) does not say which property; these find it in what was sent, so the user is told which field.
/// </summary>
public static class StorageLimits
{
    public const int MaxStringChars = 32 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>The longest string property over the limit, or null.</summary>
    public static string? OversizedProperty(IEnumerable<KeyValuePair<string, object?>> properties) =>
        properties.Where(p => p.Value is string s && s.Length > MaxStringChars)
            .OrderByDescending(p => ((string)p.Value!).Length).Select(p => p.Key).FirstOrDefault();

    /// <summary>
    /// The oversized property in a request body: one entity's JSON, or a transaction's multipart body (each entity's
    /// JSON on its own line). Null when none is found or the body is not JSON.
    /// </summary>
    public static string? OversizedProperty(ReadOnlySpan<byte> body)
    {
        foreach (var line in System.Text.Encoding.UTF8.GetString(body).Split('\n'))
        {
            var json = line.Trim();
            if (!json.StartsWith('{'))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(json);
                var found = OversizedProperty(doc.RootElement.EnumerateObject()
                    .Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null)));
                if (found is not null)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // Not an entity body: nothing to name.
            }
        }

        return null;
    }
}
