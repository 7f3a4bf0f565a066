using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Signals;

/// <summary>An expansion signal or red flag picked up in an interaction.</summary>
public sealed class Signal
{
    public const int MaxDescriptionLength = 2_000;

    private readonly List<Quantity> _quantities = [];

    private Signal(Guid id, SignalType type, string description, TimeFrame? timeFrame)
    {
        Id = id;
        Type = type;
        Description = description;
        TimeFrame = timeFrame;
    }

    public Guid Id { get; }

    public SignalType Type { get; }

    public SignalKind Kind => KindOf(Type);

    public string Description { get; private set; }

    public IReadOnlyList<Quantity> Quantities => _quantities;

    public TimeFrame? TimeFrame { get; private set; }

    public SignalStatus Status { get; private set; }

    public string? ResolutionNote { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public static SignalKind KindOf(SignalType type) => (int)type >= 100 ? SignalKind.RedFlag : SignalKind.Expansion;

    public static Result<Signal> Spot(
        Guid id, SignalType type, string? description = null, IEnumerable<Quantity>? quantities = null, TimeFrame? timeFrame = null)
    {
        var text = description?.Trim() ?? string.Empty;
        if (text.Length > MaxDescriptionLength)
        {
            return Errors.TooLong("signal description", "beskrivningen av signalen", MaxDescriptionLength);
        }

        var signal = new Signal(id, type, text, timeFrame);
        signal._quantities.AddRange(quantities ?? []);
        return signal;
    }

    /// <summary>Rebuilds a stored signal. For repositories only.</summary>
    public static Signal Restore(
        Guid id,
        SignalType type,
        string description,
        IEnumerable<Quantity> quantities,
        TimeFrame? timeFrame,
        SignalStatus status,
        string? resolutionNote,
        DateTimeOffset? resolvedAt)
    {
        var signal = new Signal(id, type, description, timeFrame)
        {
            Status = status,
            ResolutionNote = resolutionNote,
            ResolvedAt = resolvedAt,
        };
        signal._quantities.AddRange(quantities);
        return signal;
    }

    public void Measure(Quantity quantity) => _quantities.Add(quantity);

    public void Expect(TimeFrame timeFrame) => TimeFrame = timeFrame;

    /// <summary>Marks the signal resolved; a note on the outcome is required.</summary>
    public Result Resolve(string? note, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return new ValidationError(
                "signal.resolution-note",
                "Skriv hur signalen löstes innan den markeras som löst.",
                "Write how the signal was resolved before marking it resolved.");
        }

        Status = SignalStatus.Resolved;
        ResolutionNote = note.Trim();
        ResolvedAt = at;
        return Result.Success();
    }

    /// <summary>Masks personal data in the description (GDPR erasure, retention).</summary>
    public void RedactText(Func<string, string> mask)
    {
        Description = mask(Description);
        ResolutionNote = ResolutionNote is null ? null : mask(ResolutionNote);
    }
}
