using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>
/// Quick capture: a plain message that names a company (org number or a known name) becomes a prefilled draft of the
/// contact form — kind, company, need categories and signals with quantities — for the officer to check and save.
/// Nothing is saved from the message alone.
/// </summary>
public sealed class QuickCaptureHandler(QuickCaptureDrafter drafter, NeedCategoryCatalog catalog, TimeProvider time) : IFreeTextHandler
{
    public async Task<bool> TryHandleAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        var outcome = await drafter.DraftAsync(BotUser.Municipality(turn), text, cancellationToken);
        if (!outcome.LooksLikeContact)
        {
            return false;
        }

        var en = BotUser.English(turn);
        var notice = en ? "Draft from your message – check it and press Save." : "Utkast från ditt meddelande – kontrollera och tryck Spara.";
        List<string> errors = outcome.OrgNumberError is { } error ? [en ? error.English : error.Swedish] : [];
        var card = ContactFormCard.Build(outcome.Draft, catalog, SwedishCalendar.Today(time), en, errors,
            unknownCompany: outcome.UnknownCompany, notice: notice, hints: DraftHints.For(outcome.Parsed, outcome, en));
        await turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken);
        return true;
    }
}
