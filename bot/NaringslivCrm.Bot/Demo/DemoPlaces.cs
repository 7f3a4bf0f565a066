namespace NaringslivCrm.Bot.Demo;

/// <summary>The first three postal-code digits of the main town of the network's municipalities (demo addresses only).</summary>
public static class DemoPlaces
{
    private static readonly Dictionary<string, string> PostalPrefixes = new(StringComparer.Ordinal)
    {
        ["0882"] = "572", // Oskarshamn
        ["2584"] = "981", // Kiruna
        ["2580"] = "972", // Luleå
        ["2081"] = "784", // Borlänge
        ["0481"] = "613", // Oxelösund
        ["0662"] = "332", // Gislaved
        ["1231"] = "232", // Burlöv (Arlöv)
        ["1493"] = "542", // Mariestad
        ["0562"] = "612", // Finspång
        ["2284"] = "891", // Örnsköldsvik
    };

    /// <summary>Three digits, or null for a municipality the demo has no postal codes for (firms then get no address).</summary>
    public static string? PostalPrefix(string municipalityCode) => PostalPrefixes.GetValueOrDefault(municipalityCode);
}
