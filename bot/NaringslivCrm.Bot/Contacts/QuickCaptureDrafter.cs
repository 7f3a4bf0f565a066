using System.Runtime.CompilerServices;
using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.QuickCapture;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>Turns free text into a prefilled contact form draft (quick capture), matching known firms.</summary>
public sealed class QuickCaptureDrafter(QuickCaptureParser parser, CompanyNameCache names, TimeProvider time)
{
    // The firm keys and masks prepared once per name list: the cache hands out a new list exactly when the register
    // was read again (expired, or a firm added, renamed or imported), and an old list's register goes with it.
    private readonly ConditionalWeakTable<IReadOnlyList<CompanyNameCache.Entry>, CompanyRegister> registers = [];

    /// <summary>
    /// The form draft, whether the message carries CRM content, whether the firm is not registered (offer to create
    /// it), the org-number problem if one was typed wrong, and what the parser read (for the hints on the card).
    /// </summary>
    public sealed record Outcome(
        ContactDraft Draft, bool LooksLikeContact, bool UnknownCompany, Domain.Common.ValidationError? OrgNumberError, QuickCaptureDraft Parsed);

    public async Task<Outcome> DraftAsync(MunicipalityCode municipality, string text, CancellationToken cancellationToken)
    {
        var known = await names.AllAsync(municipality, cancellationToken);
        var register = registers.GetValue(known, list => parser.Register(list.Select(k => (k.OrgNumber, k.Name))));
        var draft = parser.Parse(text, register, SwedishCalendar.Today(time));
        if (draft.Company is null && draft.OrgNumber is null && draft.CompanyNameCandidate is { } candidate
            && await names.SearchAsync(municipality, candidate, 2, cancellationToken) is [var only])
        {
            // "Hammarverken" for "Hammarverken Stål AB": a short name that fits exactly one firm.
            draft = draft with { Company = new KnownCompany(only.OrgNumber, only.Name) };
        }

        var orgnr = draft.Company?.OrgNumber ?? draft.OrgNumber;
        var form = new ContactDraft
        {
            Company = orgnr?.Digits,
            CompanyName = draft.Company?.Name ?? draft.CompanyNameCandidate,

            // A number with a wrong check digit stays in the company text field, beside the message, to be corrected.
            CompanyText = draft.Company is null ? draft.RefusedOrgNumberText : null,
            NewCompanyName = draft.Company is null ? draft.CompanyNameCandidate : null,
            Kind = draft.Kind ?? InteractionKind.Visit,
            Date = draft.Date,
            Notes = text,
            NeedCategories = [.. draft.Categories.Select(c => c.Id)],
            DetectedSignals = [.. draft.Signals.Select(s => new ContactDraft.DetectedSignal(
                s.Type, [.. s.Quantities.Select(q => new ContactDraft.DetectedQuantity(q.Amount, q.Unit))], s.TimeFrame?.Text, s.TimeFrame?.Year))],
        };
        // A firm named but not registered: by an org number not in the register, or by a name read from the text.
        var unknown = draft.Company is null && (orgnr is not null || draft.CompanyNameCandidate is not null);
        return new Outcome(form, draft.CarriesContent, unknown, draft.OrgNumberError, draft);
    }
}
