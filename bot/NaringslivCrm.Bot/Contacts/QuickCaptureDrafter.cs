using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.QuickCapture;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>Turns free text into a prefilled contact form draft (quick capture), matching known firms.</summary>
public sealed class QuickCaptureDrafter(QuickCaptureParser parser, CompanyNameCache names)
{
    /// <summary>The draft, whether it names a company or a contact, and the org-number problem if one was typed wrong.</summary>
    public sealed record Outcome(ContactDraft Draft, bool LooksLikeContact, bool UnknownCompany, Domain.Common.ValidationError? OrgNumberError);

    public async Task<Outcome> DraftAsync(MunicipalityCode municipality, string text, CancellationToken cancellationToken)
    {
        var known = await names.AllAsync(municipality, cancellationToken);
        var draft = parser.Parse(text, known.Select(k => (k.OrgNumber, k.Name)));
        if (draft.Company is null && draft.OrgNumber is null && draft.CompanyNameCandidate is { } candidate
            && await names.SearchAsync(municipality, candidate, 2, cancellationToken) is [var only])
        {
            // "Hammarverken" for "Hammarverken Stål AB": a short name that fits exactly one firm.
            draft = draft with { Company = new KnownCompany(only.OrgNumber, only.Name) };
        }

        var namesCompany = draft.OrgNumber is not null || draft.OrgNumberError is not null || draft.Company is not null;
        var looksLikeContact = namesCompany || (draft.Kind is not null && (draft.Categories.Count > 0 || draft.Signals.Count > 0));
        var orgnr = draft.Company?.OrgNumber ?? draft.OrgNumber;
        var form = new ContactDraft
        {
            Company = orgnr?.Digits,
            CompanyName = draft.Company?.Name ?? draft.CompanyNameCandidate,
            NewCompanyName = draft.Company is null ? draft.CompanyNameCandidate : null,
            Kind = draft.Kind ?? InteractionKind.Visit,
            Notes = text,
            NeedCategories = [.. draft.Categories.Select(c => c.Id)],
            DetectedSignals = [.. draft.Signals.Select(s => new ContactDraft.DetectedSignal(
                s.Type, [.. s.Quantities.Select(q => new ContactDraft.DetectedQuantity(q.Amount, q.Unit))], s.TimeFrame?.Text, s.TimeFrame?.Year))],
        };
        return new Outcome(form, looksLikeContact, orgnr is not null && draft.Company is null, draft.OrgNumberError);
    }
}
