using System.Text.Json;
using System.Text.Json.Serialization;
using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>
/// What the contact form holds: prefilled by quick capture or typed by the officer, carried between card versions in
/// the action data so nothing typed is lost when the card is shown again with an error.
/// </summary>
public sealed record ContactDraft
{
    /// <summary>The card's data as the form wrote it: camelCase, enums by name.</summary>
    private static readonly JsonSerializerOptions CardJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public Guid DraftId { get; init; } = Guid.NewGuid();
    public string? Company { get; init; }
    public string? CompanyName { get; init; }

    /// <summary>Typed name or org number, for clients without typeahead; resolved on save (CompanyFieldResolver).</summary>
    public string? CompanyText { get; init; }
    public string? NewCompanyName { get; init; }
    public InteractionKind Kind { get; init; } = InteractionKind.Visit;
    public DateOnly? Date { get; init; }
    public string? Participants { get; init; }
    public string? Notes { get; init; }
    public bool Confidential { get; init; }
    public IReadOnlyList<string> NeedCategories { get; init; } = [];
    public string? NeedText { get; init; }
    public IReadOnlyList<DetectedSignal> DetectedSignals { get; init; } = [];
    public string? SignalType { get; init; }
    public decimal? SignalAmount { get; init; }
    public string? SignalUnit { get; init; }
    public string? SignalTimeFrame { get; init; }
    public string? FollowUpText { get; init; }
    public DateOnly? FollowUpDue { get; init; }
    public bool ConfirmPastDue { get; init; }

    /// <summary>A signal quick capture found; kept in the card's data, shown as text.</summary>
    public sealed record DetectedSignal(SignalType Type, IReadOnlyList<DetectedQuantity> Quantities, string? TimeFrame, int? Year);

    public sealed record DetectedQuantity(decimal Amount, QuantityUnit Unit);

    /// <summary>Reads the inputs and carried data of a pressed card.</summary>
    public static ContactDraft From(CardActionRequest r) => new()
    {
        DraftId = r.Guid("draftId") ?? Guid.NewGuid(),
        Company = r.Text("company"),
        CompanyName = r.Text("companyName"),
        CompanyText = r.Text("companyText"),
        NewCompanyName = r.Text("newCompanyName"),
        Kind = Enum.TryParse<InteractionKind>(r.Text("kind"), out var k) ? k : InteractionKind.Visit,
        Date = r.Date("date"),
        Participants = r.Text("participants"),
        Notes = r.Data.ValueKind == JsonValueKind.Object && r.Data.TryGetProperty("notes", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null,
        Confidential = r.Flag("confidential"),
        NeedCategories = r.List("needCategories"),
        NeedText = r.Text("needText"),
        DetectedSignals = r.Element("detectedSignals") is { ValueKind: JsonValueKind.Array } a
            ? a.Deserialize<List<DetectedSignal>>(CardJson) ?? []
            : [],
        SignalType = r.Text("signalType"),
        SignalAmount = r.Decimal("signalAmount"),
        SignalUnit = r.Text("signalUnit"),
        SignalTimeFrame = r.Text("signalTimeFrame"),
        FollowUpText = r.Text("followUpText"),
        FollowUpDue = r.Date("followUpDue"),
        ConfirmPastDue = r.Flag("confirmPastDue"),
    };
}
