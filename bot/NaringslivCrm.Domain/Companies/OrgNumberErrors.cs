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

    public static ValidationError ThirdDigit(char digit) => new(
        "orgnr.third-digit",
        $"Tredje siffran är {digit} men måste vara 2 eller större; det liknar ett personnummer.",
        $"The third digit is {digit} but must be 2 or more; this looks like a personal identity number.");

    public static ValidationError LegalForm(char digit) => new(
        "orgnr.legal-form",
        $"Första siffran {digit} motsvarar ingen juridisk form (giltiga är 1, 2, 3, 5, 6, 7, 8 och 9).",
        $"The first digit {digit} matches no legal form (valid ones are 1, 2, 3, 5, 6, 7, 8 and 9).");

    public static ValidationError CheckDigit(int expected) => new(
        "orgnr.check-digit",
        $"Kontrollsiffran stämmer inte: sista siffran borde vara {expected}.",
        $"The check digit is wrong: the last digit should be {expected}.");
}
