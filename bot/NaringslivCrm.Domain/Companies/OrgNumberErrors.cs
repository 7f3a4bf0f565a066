using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Companies;

/// <summary>Why an organisationsnummer was refused. Codes are stable; messages name the failed check.</summary>
public static class OrgNumberErrors
{
    public static ValidationError Empty { get; } = new(
        "orgnr.empty", "Organisationsnummer saknas.", "The organisation number is missing.");

    public static ValidationError Format(string input) => new(
        "orgnr.format",
        $"\"{input}\" är inte ett organisationsnummer: skriv tio siffror, till exempel 556036-0793.",
        $"\"{input}\" is not an organisation number: write ten digits, for example 556036-0793.");

    public static ValidationError Length(int count) => new(
        "orgnr.length",
        $"Organisationsnumret ska ha tio siffror, inte {count}.",
        $"The organisation number must have ten digits, not {count}.");

    /// <summary>A personnummer: an enskild firma's identity is its owner's personnummer, which the app does not store
    /// (personal data; docs/domain.md). The message says what to do instead, and never repeats the number.</summary>
    public static ValidationError ThirdDigit(char digit) => new(
        "orgnr.third-digit",
        "Numret liknar ett personnummer, inte ett organisationsnummer. Är det en enskild firma? Dess nummer är ägarens " +
        "personnummer, som appen inte sparar: välj firman i listan eller skriv dess namn om den finns i registret, " +
        "annars ett organisationsnummer (aktiebolag, handelsbolag, förening).",
        "The number looks like a personal identity number, not an org number. Is it a sole trader (enskild firma)? Its " +
        "number is the owner's personal identity number, which the app does not store: choose the firm in the list or " +
        "type its name if it is registered, otherwise an org number (limited company, partnership, association).");

    public static ValidationError LegalForm(char digit) => new(
        "orgnr.legal-form",
        $"Första siffran {digit} motsvarar ingen juridisk form (giltiga är 1, 2, 3, 5, 6, 7, 8 och 9).",
        $"The first digit {digit} matches no legal form (valid ones are 1, 2, 3, 5, 6, 7, 8 and 9).");

    /// <summary>Only that the number is not valid: naming the digit that would pass invites a different, real firm.</summary>
    public static ValidationError CheckDigit() => new(
        "orgnr.check-digit",
        "Kontrollsiffran stämmer inte: det är inte ett giltigt organisationsnummer. Kontrollera numret (t.ex. på fakturan eller hos Bolagsverket).",
        "The check digit is wrong: this is not a valid org number. Check the number (on an invoice or at Bolagsverket).");
}
