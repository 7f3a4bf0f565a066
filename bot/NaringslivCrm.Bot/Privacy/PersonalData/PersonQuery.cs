using System.Text.RegularExpressions;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;

namespace NaringslivCrm.Bot.Privacy.PersonalData;

/// <summary>
/// Who a register extract or an erasure is about: a contact person's name, and optionally the work e-mail and phone
/// number the office holds. Text matches are case-insensitive; the phone matches whatever spacing it was written with.
/// </summary>
public sealed partial class PersonQuery
{
    public const int MinNameLength = 3;

    private PersonQuery(string name, string? email, string? phone)
    {
        Name = name;
        Email = email;
        Phone = phone;
    }

    public string Name { get; }

    public string? Email { get; }

    public string? Phone { get; }

    public static Result<PersonQuery> Create(string? name, string? email, string? phone)
    {
        var n = name?.Trim() ?? string.Empty;
        if (n.Length < MinNameLength || n.Length > ContactPerson.MaxNameLength)
        {
            return new ValidationError("privacy.name",
                $"Ange personens namn ({MinNameLength}–{ContactPerson.MaxNameLength} tecken).",
                $"Give the person's name ({MinNameLength}–{ContactPerson.MaxNameLength} characters).");
        }

        var e = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (e is not null && (e.Length > 254 || !e.Contains('@', StringComparison.Ordinal)))
        {
            return new ValidationError("privacy.email", $"\"{e}\" är ingen e-postadress.", $"\"{e}\" is not an e-mail address.");
        }

        var digits = string.IsNullOrWhiteSpace(phone) ? null : new string([.. phone.Where(char.IsAsciiDigit)]);
        if (digits is not null && digits.Length < 6)
        {
            return new ValidationError("privacy.phone", "Telefonnumret måste ha minst sex siffror.", "The phone number needs at least six digits.");
        }

        return new PersonQuery(n, e, digits);
    }

    /// <summary>A short, non-reversible reference to the person for the audit log (the log never holds the name).</summary>
    public string CaseReference =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{Name.ToUpperInvariant()}|{Email?.ToUpperInvariant()}|{Phone}")))[..12];

    public bool IsContact(ContactPerson c) =>
        string.Equals(c.Name, Name, StringComparison.OrdinalIgnoreCase)
        || (Email is not null && string.Equals(c.WorkEmail, Email, StringComparison.OrdinalIgnoreCase))
        || (Phone is not null && c.WorkPhone is not null && new string([.. c.WorkPhone.Where(char.IsAsciiDigit)]) == Phone);

    /// <summary>True if the text names the person outside the tokens an earlier erasure left (a "Tage" is not in "[borttaget]").</summary>
    public bool Mentions(string? text)
    {
        if (text is not { Length: > 0 })
        {
            return false;
        }

        for (var m = Pattern().Match(text); m.Success; m = m.NextMatch())
        {
            if (!m.Groups["token"].Success)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text with every mention replaced by <see cref="Interaction.RedactedFor"/> its length: "[borttaget]", or
    /// "[…]" for a shorter mention, so a masked text is never longer than before (a note full of a short name stays
    /// within the storage limit) and masking it again changes nothing.
    /// </summary>
    public string Mask(string text) =>
        text.Length == 0 ? text : Pattern().Replace(text, m => m.Groups["token"].Success ? m.Value : Interaction.RedactedFor(m.Length));

    private Regex Pattern()
    {
        var parts = new List<string> { Regex.Escape(Name) };
        if (Email is not null)
        {
            parts.Add(Regex.Escape(Email));
        }

        if (Phone is not null)
        {
            // Digits with any spaces, dashes or brackets between them, so "070-123 45 67" matches "0701234567".
            parts.Add(string.Join(@"[\s\-()]*", Phone.Select(c => c.ToString())));
        }

        // Earlier erasures' tokens are matched first and kept, so a name inside a token is never a mention.
        var tokens = $"(?<token>{Regex.Escape(Interaction.Redacted)}|{Regex.Escape(Interaction.RedactedShort)})";
        return new Regex($"{tokens}|(?:{string.Join('|', parts)})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
