using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// The configuration of quick capture: patterns are regular-expression fragments matched at the start of a word,
/// case- and diacritic-insensitively (write "besök" or "besok"). <see cref="Default"/> is the embedded
/// quick-capture-rules.json; a municipality may load its own with <see cref="FromJson"/>.
/// </summary>
public sealed record QuickCaptureRules
{
    private static readonly Lazy<QuickCaptureRules> DefaultRules = new(LoadDefault);

    public static QuickCaptureRules Default => DefaultRules.Value;

    public IReadOnlyList<KindRule> Kinds { get; init; } = [];

    public IReadOnlyList<CategoryRule> Categories { get; init; } = [];

    public IReadOnlyList<SignalRule> Signals { get; init; } = [];

    public IReadOnlyList<UnitRule> Units { get; init; } = [];

    /// <summary>Phrases that give a time frame ("till hösten", "Q3"); a four-digit year 2020–2049 always does.</summary>
    public IReadOnlyList<string> TimeFrames { get; init; } = [];

    /// <summary>Words that cancel a match when they come up to <see cref="NegationWindow"/> words before it.</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    public int NegationWindow { get; init; } = 4;

    /// <summary>Swedish number words and their values ("tjugo" = 20).</summary>
    public IReadOnlyDictionary<string, decimal> NumberWords { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Legal-form words ignored when matching company names ("AB", "ek. för.").</summary>
    public IReadOnlyList<string> CompanySuffixes { get; init; } = [];

    /// <summary>Words that are not part of a company name in a message header ("med", "VD").</summary>
    public IReadOnlyList<string> NameStopWords { get; init; } = [];

    /// <summary>
    /// Words that close a matter ("är avslutad", "har dragits tillbaka"): a signal followed by one within
    /// <see cref="ResolutionReach"/> characters of its sentence is not a signal any more.
    /// </summary>
    public IReadOnlyList<string> Resolutions { get; init; } = [];

    public int ResolutionReach { get; init; } = 40;

    /// <summary>Words that end a name written in lower case ("de", "som", "vill"): "besök nyströms åkeri de vill…".</summary>
    public IReadOnlyList<string> NameEndWords { get; init; } = [];

    /// <summary>Words that date the contact relative to today ("igår", "i måndags", "i förra veckan").</summary>
    public IReadOnlyList<RelativeDateRule> RelativeDates { get; init; } = [];

    public static Result<QuickCaptureRules> FromJson(string json)
    {
        QuickCaptureRules? rules;
        try
        {
            rules = JsonSerializer.Deserialize<QuickCaptureRules>(json, JsonOptions.Web);
        }
        catch (JsonException ex)
        {
            return Invalid(ex.Message);
        }

        if (rules is null)
        {
            return Invalid("empty document");
        }

        var patterns = rules.Kinds.SelectMany(k => k.Patterns)
            .Concat(rules.Categories.SelectMany(c => c.Patterns))
            .Concat(rules.Signals.SelectMany(s => s.Patterns))
            .Concat(rules.Units.SelectMany(u => u.Patterns))
            .Concat(rules.TimeFrames)
            .Concat(rules.Resolutions)
            .Concat(rules.RelativeDates.SelectMany(d => d.Patterns));
        foreach (var pattern in patterns)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, RegexGuard.MatchTimeout);
            }
            catch (ArgumentException ex)
            {
                return Invalid($"pattern \"{pattern}\": {ex.Message}");
            }
        }

        return rules;
    }

    private static ValidationError Invalid(string detail) => new(
        "quick-capture.rules", $"Snabbregistreringens regler är ogiltiga: {detail}", $"The quick-capture rules are invalid: {detail}");

    private static QuickCaptureRules LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("NaringslivCrm.Domain.QuickCapture.quick-capture-rules.json")
            ?? throw new InvalidOperationException("Embedded quick-capture-rules.json is missing.");
        using var reader = new StreamReader(stream);
        var result = FromJson(reader.ReadToEnd());
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.English);
    }
}
