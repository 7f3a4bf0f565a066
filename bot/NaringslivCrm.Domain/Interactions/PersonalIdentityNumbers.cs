using System.Text.RegularExpressions;

namespace NaringslivCrm.Domain.Interactions;

/// <summary>
/// Swedish personal identity numbers (personnummer and samordningsnummer) in free text. A sole trader's (enskild firma's)
/// number is the owner's personnummer; the app does not keep it, so it is taken out of notes before they are stored.
/// A candidate counts when its date part is plausible (month 01–12, day 01–31 or 61–91 for a samordningsnummer) and the
/// Luhn check digit holds, so org numbers (month part ≥ 20) and other digit runs stay.
/// </summary>
public static partial class PersonalIdentityNumbers
{
    public const string Replacement = "[personnummer borttaget]";

    public static string Redact(string text) => Candidate().Replace(text, m => Matches(m) ? Replacement : m.Value);

    public static bool Contains(string text) => Candidate().Matches(text).Any(Matches);

    private static bool Matches(Match m)
    {
        // "0701234560" without century or hyphen is a mobile number far more often than a personnummer of the 2000s.
        var bare = !m.Groups["century"].Success && !m.Groups["sep"].Success;
        return !(bare && m.Groups["ten"].Value[0] == '0') && IsPersonalIdentityNumber(m.Groups["ten"].Value + m.Groups["last"].Value);
    }

    private static bool IsPersonalIdentityNumber(string digits)
    {
        var month = int.Parse(digits.AsSpan(2, 2), provider: null);
        var day = int.Parse(digits.AsSpan(4, 2), provider: null);
        if (month is < 1 or > 12 || !(day is >= 1 and <= 31 || day is >= 61 and <= 91))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var d = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return sum % 10 == 0;
    }

    // Optional century (19/20), six digits, optional - or +, four digits; not inside a longer digit run.
    [GeneratedRegex(@"(?<!\d)(?<century>19|20)?(?<ten>\d{6})(?<sep>[-+])?(?<last>\d{4})(?!\d)")]
    private static partial Regex Candidate();
}
