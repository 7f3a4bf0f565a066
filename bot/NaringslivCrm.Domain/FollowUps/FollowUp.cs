using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Domain.FollowUps;

/// <summary>
/// An action owed to a firm (uppföljning): an owner, a due working day, a status, and a history of who did what.
/// Closing requires an återkoppling note; created-at and closed-at give the service level (svarstid).
/// </summary>
public sealed class FollowUp
{
    public const int MaxDescriptionLength = 2_000;

    /// <summary>The återkoppling note's limit (the card's input says the same).</summary>
    public const int MaxNoteLength = 2_000;

    /// <summary>The working days a follow-up can be postponed by, on every channel.</summary>
    public static IReadOnlyList<int> PostponeChoices { get; } = [1, 3, 7];

    /// <summary>
    /// How many of the latest history lines the follow-up keeps. Older lines are dropped (their count stays in
    /// <see cref="Version"/>), so no number of changes can grow the record past what storage holds.
    /// </summary>
    public const int HistoryKept = 20;

    private readonly List<FollowUpEvent> _history = [];

    private FollowUp(
        Guid id, MunicipalityCode municipality, OrgNumber company, Guid? interactionId, string description, UserRef owner, DateOnly dueDate, DateTimeOffset createdAt)
    {
        Id = id;
        Municipality = municipality;
        Company = company;
        InteractionId = interactionId;
        Description = description;
        Owner = owner;
        DueDate = dueDate;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public MunicipalityCode Municipality { get; }

    public OrgNumber Company { get; }

    /// <summary>The interaction that gave rise to it, if any.</summary>
    public Guid? InteractionId { get; }

    /// <summary>What is owed to the firm.</summary>
    public string Description { get; private set; }

    public UserRef Owner { get; private set; }

    /// <summary>Always a Swedish working day.</summary>
    public DateOnly DueDate { get; private set; }

    public FollowUpStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The återkoppling given to the firm, set when closed.</summary>
    public string? ClosingNote { get; private set; }

    /// <summary>Who did what, oldest first: the latest <see cref="HistoryKept"/> lines.</summary>
    public IReadOnlyList<FollowUpEvent> History => _history;

    /// <summary>How many changes were ever made (creation included); the version a user's change must name.</summary>
    public int Version { get; private set; }

    /// <summary>The latest reassignment, kept even after its history line is dropped; null if never reassigned.</summary>
    public FollowUpEvent? LastReassignment { get; private set; }

    /// <summary>The version the latest reassignment produced (0 if never reassigned).</summary>
    public int LastReassignmentVersion { get; private set; }

    /// <summary>Opaque optimistic-concurrency token (an ETag); null until first saved.</summary>
    public string? Concurrency { get; private set; }

    /// <summary>Time from creation to closing, or null while open.</summary>
    public TimeSpan? ResponseTime => ClosedAt - CreatedAt;

    /// <summary>Creates a follow-up. The due date must be a working day; the error names the next one.</summary>
    public static Result<FollowUp> Create(
        Guid id,
        MunicipalityCode municipality,
        OrgNumber company,
        Guid? interactionId,
        string? description,
        UserRef owner,
        DateOnly dueDate,
        UserRef createdBy,
        DateTimeOffset createdAt,
        SwedishCalendar calendar)
    {
        var text = description?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Errors.Required("follow-up description", "vad som ska följas upp");
        }

        if (text.Length > MaxDescriptionLength)
        {
            return Errors.TooLong("follow-up description", "beskrivningen", MaxDescriptionLength);
        }

        if (!calendar.IsWorkingDay(dueDate))
        {
            return FollowUpErrors.NotWorkingDay(dueDate, calendar.NextWorkingDay(dueDate));
        }

        var followUp = new FollowUp(id, municipality, company, interactionId, text, owner, dueDate, createdAt);
        followUp.Record(new FollowUpEvent(FollowUpAction.Created, createdBy, createdAt, $"{owner.DisplayName}, {dueDate:yyyy-MM-dd}"));
        return followUp;
    }

    /// <summary>
    /// Rebuilds a stored follow-up. For repositories only: no rules are checked. <paramref name="history"/> is the kept
    /// tail (only its latest <see cref="HistoryKept"/> lines are taken); <paramref name="version"/> defaults to its
    /// count and the latest reassignment to the latest one in it (records written before the tail was capped).
    /// </summary>
    public static FollowUp Restore(
        Guid id,
        MunicipalityCode municipality,
        OrgNumber company,
        Guid? interactionId,
        string description,
        UserRef owner,
        DateOnly dueDate,
        FollowUpStatus status,
        DateTimeOffset createdAt,
        DateTimeOffset? closedAt,
        string? closingNote,
        IEnumerable<FollowUpEvent> history,
        string? concurrency,
        int? version = null,
        FollowUpEvent? lastReassignment = null,
        int lastReassignmentVersion = 0)
    {
        var followUp = new FollowUp(id, municipality, company, interactionId, description, owner, dueDate, createdAt)
        {
            Status = status,
            ClosedAt = closedAt,
            ClosingNote = closingNote,
            Concurrency = concurrency,
        };
        var all = history.ToList();
        followUp.Version = Math.Max(version ?? all.Count, all.Count);
        if (lastReassignment is null && all.FindLastIndex(h => h.Action == FollowUpAction.Reassigned) is var i and >= 0)
        {
            lastReassignment = all[i];
            lastReassignmentVersion = followUp.Version - all.Count + i + 1;
        }

        followUp.LastReassignment = lastReassignment;
        followUp.LastReassignmentVersion = lastReassignment is null ? 0 : lastReassignmentVersion;
        followUp._history.AddRange(all.TakeLast(HistoryKept));
        return followUp;
    }

    /// <summary>True if still not done after its due date.</summary>
    public bool IsOverdueOn(DateOnly today) => Status != FollowUpStatus.Done && today > DueDate;

    /// <summary>The owner begins working on it: Open → InProgress.</summary>
    public Result Start(UserRef by, DateTimeOffset at)
    {
        if (Status != FollowUpStatus.Open)
        {
            return Status == FollowUpStatus.Done ? FollowUpErrors.AlreadyDone : FollowUpErrors.AlreadyStarted;
        }

        Status = FollowUpStatus.InProgress;
        Record(new FollowUpEvent(FollowUpAction.Started, by, at));
        return Result.Success();
    }

    /// <summary>Closes the loop with the firm. Fails without an återkoppling note.</summary>
    public Result Close(UserRef by, string? note, DateTimeOffset at)
    {
        if (Status == FollowUpStatus.Done)
        {
            return FollowUpErrors.AlreadyDone;
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return FollowUpErrors.NoteRequired;
        }

        if (note.Trim().Length > MaxNoteLength)
        {
            return Errors.TooLong("feedback note", "återkopplingen", MaxNoteLength);
        }

        Status = FollowUpStatus.Done;
        ClosingNote = note.Trim();
        ClosedAt = at;
        Record(new FollowUpEvent(FollowUpAction.Closed, by, at, ClosingNote));
        return Result.Success();
    }

    /// <summary>
    /// Moves the due date <paramref name="workingDays"/> (one of <see cref="PostponeChoices"/>) working days later,
    /// counted from the due date, or from today when it is already overdue (so a postponed follow-up is never still late).
    /// </summary>
    public Result Postpone(int workingDays, SwedishCalendar calendar, UserRef by, DateTimeOffset at)
    {
        if (Status == FollowUpStatus.Done)
        {
            return FollowUpErrors.AlreadyDone;
        }

        if (!PostponeChoices.Contains(workingDays))
        {
            return FollowUpErrors.NotForward;
        }

        var today = SwedishCalendar.DateOf(at);
        DueDate = calendar.AddWorkingDays(DueDate < today ? today : DueDate, workingDays);
        Record(new FollowUpEvent(FollowUpAction.Postponed, by, at, $"{DueDate:yyyy-MM-dd}"));
        return Result.Success();
    }

    /// <summary>Hands the follow-up to another officer.</summary>
    public Result Reassign(UserRef to, UserRef by, DateTimeOffset at)
    {
        if (Status == FollowUpStatus.Done)
        {
            return FollowUpErrors.AlreadyDone;
        }

        if (to.UserId == Owner.UserId)
        {
            return FollowUpErrors.SameOwner;
        }

        Owner = to;
        Record(new FollowUpEvent(FollowUpAction.Reassigned, by, at, to.DisplayName));
        LastReassignment = _history[^1];
        LastReassignmentVersion = Version;
        return Result.Success();
    }

    /// <summary>Every text the follow-up holds (what erasure masks and a register extract searches).</summary>
    public IEnumerable<string> Texts() =>
        new[] { Description, ClosingNote, LastReassignment?.Detail }.Concat(_history.Select(h => h.Detail)).OfType<string>();

    /// <summary>
    /// Masks personal data in every text the follow-up holds (description, återkoppling note, history details) — GDPR
    /// erasure and retention. Dates, owner and status stay, so statistics do not change; the version does not move.
    /// </summary>
    public void RedactText(Func<string, string> mask)
    {
        Description = mask(Description);
        ClosingNote = ClosingNote is null ? null : mask(ClosingNote);
        for (var i = 0; i < _history.Count; i++)
        {
            if (_history[i].Detail is { } detail)
            {
                _history[i] = _history[i] with { Detail = mask(detail) };
            }
        }

        if (LastReassignment?.Detail is { } assigned)
        {
            LastReassignment = LastReassignment with { Detail = mask(assigned) };
        }
    }

    private void Record(FollowUpEvent e)
    {
        _history.Add(e);
        if (_history.Count > HistoryKept)
        {
            _history.RemoveAt(0);
        }

        Version++;
    }

    /// <summary>Called by the repository after a successful save.</summary>
    public void StampConcurrency(string token) => Concurrency = token;
}
