using System.Globalization;
using System.Text.RegularExpressions;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>
/// Text for cards at Teams' narrow width (checked by tests/e2e/lib/card-layout.mjs): dates and org numbers never break
/// at their hyphens, a number stays with its unit, counts agree with their noun, and a signal always says which kind
/// it is, in words and colour.
/// </summary>
public static partial class CardText
{
    private const char NoBreakHyphen = '\u2011';
    private const char NoBreakSpace = '\u00A0';

    /// <summary>"2026-11-20" and "556036-0793" with non-breaking hyphens; "5 MW", "SNI 2007" with a no-break space.</summary>
    public static string KeepTogether(string text) =>
        SpaceInsideAmount().Replace(DigitHyphenDigit().Replace(text, NoBreakHyphen.ToString()), NoBreakSpace.ToString());

    public static string Date(DateOnly d) => KeepTogether(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>"1 kontakt", "2 kontakter" (the number and noun kept on one line).</summary>
    public static string Count(int n, string one, string many) => n.ToString("N0", CultureInfo.GetCultureInfo("sv-SE")) + NoBreakSpace + (n == 1 ? one : many);

    /// <summary>
    /// A signal as a line of its own: a red flag in the attention colour with "Varning", an expansion signal in the good
    /// colour with "Expansion" — never told apart by colour alone.
    /// </summary>
    public static TextBlock Signal(SignalType type, string? detail, bool en)
    {
        var red = Domain.Signals.Signal.KindOf(type) == SignalKind.RedFlag;
        var word = red ? (en ? "⚠ Red flag" : "⚠ Varning") : (en ? "▲ Expansion" : "▲ Expansion");
        var text = $"{word}: {Labels.Signal(type, en)}" + (string.IsNullOrWhiteSpace(detail) || detail == "–" ? string.Empty : " – " + KeepTogether(detail));
        return new TextBlock(text) { Color = red ? "attention" : "good", Weight = red ? "bolder" : null, Spacing = "small" };
    }

    [GeneratedRegex(@"(?<=\d)-(?=\d)")]
    private static partial Regex DigitHyphenDigit();

    // "5 MW", "1,2 mdr kr", "40 jobb", "6 dagar", "SNI 2007", "v. 48": the spaces inside an amount or a label-and-number.
    [GeneratedRegex(@"(?<=\d) (?=(?:mdr |mn )?(?:MW|kW|GWh|MWh|kr|mnkr|mdr|jobb|ha|m²|dagar|dag|st)(?![\p{L}]))|(?<=\b(?:mdr|mn)) (?=kr\b)|(?<=\b(?:SNI|v\.)) (?=\d)")]
    private static partial Regex SpaceInsideAmount();
}
