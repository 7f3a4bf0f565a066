using System.Globalization;
using NaringslivCrm.Bot.Storage;

namespace NaringslivCrm.Bot.Localization;

/// <summary>
/// What the user is told when storage refuses a value (400/413): which field was too large and its limit, that nothing
/// was saved, and that trying again cannot help — never "try again".
/// </summary>
public static class StorageRefusalText
{
    private static readonly Dictionary<string, (string Sv, string En)> Fields = new(StringComparer.Ordinal)
    {
        ["Notes"] = ("anteckningarna", "notes"),
        ["Description"] = ("beskrivningen", "description"),
        ["ClosingNote"] = ("återkopplingen", "feedback note"),
        ["History"] = ("historiken", "history"),
        ["Needs"] = ("behoven", "needs"),
        ["Signals"] = ("signalerna", "signals"),
        ["Participants"] = ("deltagarna", "participants"),
        ["Contacts"] = ("kontaktpersonerna", "contact people"),
        ["Name"] = ("namnet", "name"),
        ["Detail"] = ("detaljerna", "details"),
        ["Problem"] = ("felbeskrivningen", "problem"),
    };

    public static (string Sv, string En) For(Exception exception)
    {
        var property = Find(exception)?.Property;
        var max = StorageLimits.MaxStringChars;
        if (property is null)
        {
            return (
                "Posten blev för stor för lagringen (högst 64 KiB per fält och 1 MiB per post). Ingenting sparades; korta texten.",
                "The record is too large for storage (at most 64 KiB per field and 1 MiB per record). Nothing was saved; shorten the text.");
        }

        var (sv, en) = Fields.TryGetValue(property, out var names) ? names : (property, property);
        return (
            $"Fältet {sv} ({property}) blev för stort för lagringen: högst {max.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ')} tecken (64 KiB). Ingenting sparades; korta texten.",
            $"The field {en} ({property}) is too large for storage: at most {max.ToString("N0", CultureInfo.InvariantCulture)} characters (64 KiB). Nothing was saved; shorten the text.");
    }

    private static StorageException? Find(Exception? e) => e switch
    {
        null => null,
        StorageException s => s,
        AggregateException a => a.InnerExceptions.Select(Find).FirstOrDefault(x => x is not null),
        _ => Find(e.InnerException),
    };
}
