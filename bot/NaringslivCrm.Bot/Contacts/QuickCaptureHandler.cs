using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.QuickCapture;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>
/// Quick capture: a plain message that names a company (org number or a known name) becomes a prefilled draft of the
/// contact form — kind, company, need categories and signals with quantities — for the officer to check and save.
/// Nothing is saved from the message alone.
/// </summary>
public sealed class QuickCaptureHandler(QuickCaptureParser parser, CompanyNameCache names, NeedCategoryCatalog catalog, TimeProvider time) : IFreeTextHandler
{
    public async Task<bool> TryHandleAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        var municipality = BotUser.Municipality(turn);
        var known = await names.AllAsync(municipality, cancellationToken);
        var draft = parser.Parse(text, known.Select(k => (k.OrgNumber, k.Name)));
        if (draft.Company is null && draft.OrgNumber is null && draft.CompanyNameCandidate is { } candidate
            && await names.SearchAsync(municipality, candidate, 2, cancellationToken) is [var only])
        {
            // "Hammarverken" for "Hammarverken Stål AB": a short name that fits exactly one firm.
            draft = draft with { Company = new KnownCompany(only.OrgNumber, only.Name) };
        }

        var namesCompany = draft.OrgNumber is not null || draft.OrgNumberError is not null || draft.Company is not null;
        if (!namesCompany && !(draft.Kind is not null && (draft.Categories.Count > 0 || draft.Signals.Count > 0)))
        {
            return false;
        }

        var en = BotUser.English(turn);
        var orgnr = draft.Company?.OrgNumber ?? draft.OrgNumber;
        var form = new ContactDraft
        {
            Company = orgnr?.Digits,
            CompanyName = draft.Company?.Name ?? draft.CompanyNameCandidate,
            NewCompanyName = draft.Company is null ? draft.CompanyNameCandidate : null,
            Kind = draft.Kind ?? Domain.Interactions.InteractionKind.Visit,
            Notes = text,
            NeedCategories = [.. draft.Categories.Select(c => c.Id)],
            DetectedSignals = [.. draft.Signals.Select(s => new ContactDraft.DetectedSignal(
                s.Type, [.. s.Quantities.Select(q => new ContactDraft.DetectedQuantity(q.Amount, q.Unit))], s.TimeFrame?.Text, s.TimeFrame?.Year))],
        };
        var notice = en ? "Draft from your message – check it and press Save." : "Utkast från ditt meddelande – kontrollera och tryck Spara.";
        List<string> errors = draft.OrgNumberError is { } error ? [en ? error.English : error.Swedish] : [];
        var card = ContactFormCard.Build(form, catalog, SwedishCalendar.Today(time), en, errors,
            unknownCompany: orgnr is not null && draft.Company is null, notice: notice);
        await turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken);
        return true;
    }
}
