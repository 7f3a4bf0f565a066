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

    /// <summary>The number as written in the message when it was refused, so the form can show it to be corrected.</summary>
    public string? RefusedOrgNumberText { get; init; }

    /// <summary>The registered firm the message is about (by orgnr, else by name), or null.</summary>
    public KnownCompany? Company { get; init; }

    /// <summary>True when <see cref="Company"/> was matched by a near spelling ("Hultsfred Fönster"), not exactly.</summary>
    public bool CompanyGuessed { get; init; }

    /// <summary>A name that looks like a company in the message's header, for a new registration, or null.</summary>
    public string? CompanyNameCandidate { get; init; }

    /// <summary>The registered firms closest to the name read, best first, when no firm was matched exactly.</summary>
    public IReadOnlyList<KnownCompany> CompanySuggestions { get; init; } = [];

    /// <summary>The contact's date when the message says it ("igår", "i måndags"), or null (then: today, guessed).</summary>
    public DateOnly? Date { get; init; }

    public IReadOnlyList<NeedCategory> Categories { get; init; } = [];

    public IReadOnlyList<SignalDraft> Signals { get; init; } = [];

    /// <summary>The first time frame mentioned, or null.</summary>
    public TimeFrame? TimeFrame { get; init; }

    /// <summary>Whether a firm is named: matched, suggested, read as a new name, or given by organisationsnummer.</summary>
    public bool NamesFirm => Company is not null || OrgNumber is not null || OrgNumberError is not null
        || CompanyNameCandidate is not null || CompanySuggestions.Count > 0;

    /// <summary>
    /// Whether the message is worth a draft: it names a registered firm or an organisationsnummer, or it says what a
    /// contact log says (a kind of contact, a need, a signal, a date) about a firm or with some CRM content.
    /// </summary>
    public bool CarriesContent
    {
        get
        {
            var content = Categories.Count > 0 || Signals.Count > 0;
            var contact = Kind is not null || Date is not null;
            return Company is not null || OrgNumber is not null || OrgNumberError is not null
                || (NamesFirm && (content || contact))
                || (contact && content)
                || Signals.Count > 0;
        }
    }
}
