using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>What quick capture understood from a free-text message; the officer confirms it before saving.</summary>
public sealed record QuickCaptureDraft
{
    public required string Text { get; init; }

    /// <summary>The kind of contact, or null when the message does not say.</summary>
    public InteractionKind? Kind { get; init; }

    /// <summary>A valid organisationsnummer written in the message, or null.</summary>
    public OrgNumber? OrgNumber { get; init; }

    /// <summary>Why the number written in the message was refused (e.g. wrong check digit), or null.</summary>
    public ValidationError? OrgNumberError { get; init; }

    /// <summary>The registered firm the message is about (by orgnr, else by name), or null.</summary>
    public KnownCompany? Company { get; init; }

    /// <summary>A name that looks like a company in the message's header, for a new registration, or null.</summary>
    public string? CompanyNameCandidate { get; init; }

    public IReadOnlyList<NeedCategory> Categories { get; init; } = [];

    public IReadOnlyList<SignalDraft> Signals { get; init; } = [];

    /// <summary>The first time frame mentioned, or null.</summary>
    public TimeFrame? TimeFrame { get; init; }
}
