using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Needs;

/// <summary>A need the firm stated during an interaction (behov).</summary>
public sealed class Need
{
    public const int MaxDescriptionLength = 2_000;

    private Need(Guid id, NeedCategory category, string description, NeedSeverity severity)
    {
        Id = id;
        Category = category;
        Description = description;
        Severity = severity;
    }

    public Guid Id { get; }

    public NeedCategory Category { get; private set; }

    public string Description { get; private set; }

    public NeedSeverity Severity { get; private set; }

    public NeedStatus Status { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public static Result<Need> Identify(Guid id, NeedCategory category, string? description, NeedSeverity severity = NeedSeverity.Medium)
    {
        var text = description?.Trim() ?? string.Empty;
        if (text.Length > MaxDescriptionLength)
        {
            return Errors.TooLong("need description", "beskrivningen av behovet", MaxDescriptionLength);
        }

        return new Need(id, category, text, severity);
    }

    /// <summary>Rebuilds a stored need. For repositories only.</summary>
    public static Need Restore(
        Guid id, NeedCategory category, string description, NeedSeverity severity, NeedStatus status, DateTimeOffset? resolvedAt) =>
        new(id, category, description, severity) { Status = status, ResolvedAt = resolvedAt };

    public void Recategorize(NeedCategory category) => Category = category;

    public void Reassess(NeedSeverity severity) => Severity = severity;

    public void Resolve(DateTimeOffset at)
    {
        Status = NeedStatus.Resolved;
        ResolvedAt = at;
    }

    public void Reopen()
    {
        Status = NeedStatus.Open;
        ResolvedAt = null;
    }

    /// <summary>Masks personal data in the description (GDPR erasure, retention).</summary>
    public void RedactText(Func<string, string> mask)
    {
        Description = mask(Description);
    }
}
