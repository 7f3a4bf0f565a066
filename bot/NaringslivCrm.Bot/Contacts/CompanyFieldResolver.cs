using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>
/// The form's fallback for clients without typeahead (the Agents Playground, older Teams clients): the text field
/// "companyText" takes a name or an org number and is resolved on save. A valid org number is used as is (a new firm is
/// then added with its name); a name that fits exactly one registered firm picks it; otherwise the officer gets a
/// specific message and the form again, with the text kept so it can be corrected.
/// </summary>
public sealed class CompanyFieldResolver(CompanyNameCache names)
{
    public sealed record Resolution(ContactDraft Draft, string? Error, IReadOnlyList<CompanyNameCache.Entry> Candidates);

    public async Task<Resolution> ResolveAsync(ContactDraft d, MunicipalityCode municipality, bool en, CancellationToken cancellationToken)
    {
        if (d.CompanyText is not { } text)
        {
            return new Resolution(d, null, []);
        }

        var parsed = OrgNumber.Parse(text);
        if (parsed.IsSuccess || text.Count(char.IsAsciiDigit) >= 10 || text.All(c => char.IsAsciiDigit(c) || c is '-' or ' '))
        {
            // An org number, valid or not (digits only, or ten of them): the usual check says what is wrong with it, and
            // the text stays for correcting.
            return new Resolution(d with { Company = parsed.IsSuccess ? parsed.Value.Digits : text, CompanyName = null }, null, []);
        }

        var hits = await names.SearchAsync(municipality, text, 6, cancellationToken);
        var exact = hits.Where(h => string.Equals(h.Name, text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (hits.Count == 1 || exact.Count == 1)
        {
            var hit = hits.Count == 1 ? hits[0] : exact[0];
            return new Resolution(d with { Company = hit.OrgNumber.Digits, CompanyName = hit.Name, CompanyText = null }, null, []);
        }

        if (hits.Count == 0)
        {
            return new Resolution(d with { Company = null }, en
                ? $"No registered company matches \"{text}\". Write its org number (NNNNNN-NNNN) and the company is added."
                : $"Inget företag i registret matchar \"{text}\". Skriv organisationsnumret (NNNNNN-NNNN) så läggs företaget till.", []);
        }

        return new Resolution(d with { Company = null }, en
            ? $"Several companies match \"{text}\". Choose one in the list or write its org number."
            : $"Flera företag matchar \"{text}\". Välj ett i listan eller skriv organisationsnumret.", hits);
    }
}
