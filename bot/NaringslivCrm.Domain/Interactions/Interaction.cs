using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.Interactions;

/// <summary>A contact with a firm (visit, call, meeting) with the needs and signals it brought up.</summary>
public sealed class Interaction
{
    /// <summary>Longest notes accepted, in characters.</summary>
    public const int MaxNotesLength = 30_000;

    /// <summary>A participant's name or "name (role)" is at most this long.</summary>
    public const int MaxParticipantLength = 200;

    /// <summary>At most this many participants per contact (the stored list stays far under 64 KiB).</summary>
    public const int MaxParticipants = 50;

    /// <summary>Needs per contact: 10 descriptions of 2,000 characters stay under 64 KiB as one stored list.</summary>
    public const int MaxNeeds = 10;

    public const int MaxSignals = 10;

    private readonly List<string> _participants = [];
    private readonly List<Need> _needs = [];
    private readonly List<Signal> _signals = [];

    private Interaction(
        Guid id, MunicipalityCode municipality, OrgNumber company, InteractionKind kind, DateOnly date, UserRef recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        Municipality = municipality;
        Company = company;
        Kind = kind;
        Date = date;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; }

    public MunicipalityCode Municipality { get; }

    public OrgNumber Company { get; }

    public InteractionKind Kind { get; private set; }

    /// <summary>The day the contact took place (Stockholm date).</summary>
    public DateOnly Date { get; private set; }

    /// <summary>Names of the people who took part, from the firm and the municipality.</summary>
    public IReadOnlyList<string> Participants => _participants;

    public string Notes { get; private set; } = string.Empty;

    /// <summary>
    /// Notes about the firm's business affairs (OSL sekretess). Confidential notes never leave the municipality.
    /// </summary>
    public bool IsConfidential { get; private set; }

    public UserRef RecordedBy { get; }

    public DateTimeOffset RecordedAt { get; }

    public IReadOnlyList<Need> Needs => _needs;

    public IReadOnlyList<Signal> Signals => _signals;

    /// <summary>Opaque optimistic-concurrency token (an ETag); null until first saved.</summary>
    public string? Concurrency { get; private set; }

    /// <summary>Records a new interaction. Fails if the notes exceed <see cref="MaxNotesLength"/>.</summary>
    public static Result<Interaction> Record(
        Guid id,
        MunicipalityCode municipality,
        OrgNumber company,
        InteractionKind kind,
        DateOnly date,
        UserRef recordedBy,
        DateTimeOffset recordedAt,
        string? notes = null,
        bool isConfidential = false)
    {
        var interaction = new Interaction(id, municipality, company, kind, date, recordedBy, recordedAt)
        {
            IsConfidential = isConfidential,
        };
        var written = interaction.ReviseNotes(notes);
        return written.IsSuccess ? interaction : written.Error!;
    }

    /// <summary>Rebuilds a stored interaction. For repositories only: no rules are checked.</summary>
    public static Interaction Restore(
        Guid id,
        MunicipalityCode municipality,
        OrgNumber company,
        InteractionKind kind,
        DateOnly date,
        IEnumerable<string> participants,
        string notes,
        bool isConfidential,
        UserRef recordedBy,
        DateTimeOffset recordedAt,
        IEnumerable<Need> needs,
        IEnumerable<Signal> signals,
        string? concurrency)
    {
        var interaction = new Interaction(id, municipality, company, kind, date, recordedBy, recordedAt)
        {
            Notes = notes,
            IsConfidential = isConfidential,
            Concurrency = concurrency,
        };
        interaction._participants.AddRange(participants);
        interaction._needs.AddRange(needs);
        interaction._signals.AddRange(signals);
        return interaction;
    }

    /// <summary>Replaces the notes. Refuses text longer than <see cref="MaxNotesLength"/> characters.</summary>
    public Result ReviseNotes(string? notes)
    {
        // A sole trader's personnummer is not kept (docs/domain.md): replaced before the notes are stored.
        var text = PersonalIdentityNumbers.Redact(notes?.Trim() ?? string.Empty);
        if (text.Length > MaxNotesLength)
        {
            return Errors.TooLong("notes", "anteckningarna", MaxNotesLength);
        }

        Notes = text;
        return Result.Success();
    }

    public void Reschedule(DateOnly date) => Date = date;

    public void Reclassify(InteractionKind kind) => Kind = kind;

    public Result AddParticipant(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Errors.Required("participant", "deltagarens namn");
        }

        if (name.Trim().Length > MaxParticipantLength)
        {
            return Errors.TooLong("participant", "deltagarens namn", MaxParticipantLength);
        }

        if (_participants.Count >= MaxParticipants && !_participants.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return new ValidationError("participants.too-many",
                $"En kontakt kan ha högst {MaxParticipants} deltagare.", $"A contact can have at most {MaxParticipants} participants.");
        }

        if (!_participants.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            _participants.Add(name.Trim());
        }

        return Result.Success();
    }

    public void MarkConfidential() => IsConfidential = true;

    public void MarkPublic() => IsConfidential = false;

    /// <summary>Adds a need; at most <see cref="MaxNeeds"/> per contact (so the stored list stays under 64 KiB).</summary>
    public Result AddNeed(Need need)
    {
        if (_needs.Count >= MaxNeeds)
        {
            return new ValidationError("needs.too-many", $"En kontakt kan ha högst {MaxNeeds} behov.", $"A contact can have at most {MaxNeeds} needs.");
        }

        _needs.Add(need);
        return Result.Success();
    }

    /// <summary>Adds a signal; at most <see cref="MaxSignals"/> per contact.</summary>
    public Result AddSignal(Signal signal)
    {
        if (_signals.Count >= MaxSignals)
        {
            return new ValidationError("signals.too-many", $"En kontakt kan ha högst {MaxSignals} signaler.", $"A contact can have at most {MaxSignals} signals.");
        }

        _signals.Add(signal);
        return Result.Success();
    }

    public Need? FindNeed(Guid needId) => _needs.Find(n => n.Id == needId);

    public Signal? FindSignal(Guid signalId) => _signals.Find(s => s.Id == signalId);

    /// <summary>Called by the repository after a successful save.</summary>
    /// <summary>
    /// Masks personal data in every text the contact holds (notes, participants, need and signal descriptions) — GDPR
    /// erasure and retention. Kind, date, categories and counts stay, so statistics do not change.
    /// </summary>
    public void RedactText(Func<string, string> mask, Func<string, bool> participantToMask)
    {
        Notes = mask(Notes);
        for (var i = 0; i < _participants.Count; i++)
        {
            if (participantToMask(_participants[i]))
            {
                _participants[i] = mask(_participants[i]) is var masked && masked != _participants[i] ? masked : Redacted;
            }
        }

        foreach (var need in _needs)
        {
            need.RedactText(mask);
        }

        foreach (var signal in _signals)
        {
            signal.RedactText(mask);
        }
    }

    /// <summary>Retention (gallring): the notes and the participants' names go; kind, date, needs and signals stay.</summary>
    public void DisposeNotes()
    {
        Notes = string.Empty;
        for (var i = 0; i < _participants.Count; i++)
        {
            _participants[i] = Redacted;
        }
    }

    /// <summary>What stands where personal data was removed.</summary>
    public const string Redacted = "[borttaget]";

    /// <summary>What stands where a mention shorter than <see cref="Redacted"/> was removed (so erasure never grows a text).</summary>
    public const string RedactedShort = "[…]";

    /// <summary>The token for a removed mention of <paramref name="length"/> characters: never longer than the mention.</summary>
    public static string RedactedFor(int length) =>
        length >= Redacted.Length ? Redacted : length >= RedactedShort.Length ? RedactedShort : new string('…', length);

    public void StampConcurrency(string token) => Concurrency = token;
}
