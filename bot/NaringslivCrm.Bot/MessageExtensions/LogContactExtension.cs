using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.MessageExtensions;

/// <summary>
/// Action command "Logga som kontakt" on a message: composeExtension/fetchTask opens a dialog with the contact form
/// prefilled from the message (quick capture); composeExtension/submitAction saves it, or shows the form again with
/// the problems and the values kept.
/// </summary>
public sealed partial class LogContactFetchTask(QuickCaptureDrafter drafter, NeedCategoryCatalog catalog, TimeProvider time) : IInvokeHandler
{
    public const string CommandId = "loggaKontakt";

    public string Name => "composeExtension/fetchTask";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var text = MessageText(turn.Activity.Value);
        var outcome = await drafter.DraftAsync(BotUser.Municipality(turn), text, cancellationToken);
        List<string> errors = outcome.OrgNumberError is { } e ? [en ? e.English : e.Swedish] : [];
        var card = ContactFormCard.Build(outcome.Draft, catalog, SwedishCalendar.Today(time), en, errors,
            unknownCompany: outcome.UnknownCompany, dialog: true, hints: DraftHints.For(outcome.Parsed, outcome, en));
        return InvokeResponse.Ok(Dialog(card, en));
    }

    public static object Dialog(AdaptiveCard card, bool en) => new
    {
        task = new
        {
            type = "continue",
            value = new { title = en ? "Log as contact" : "Logga som kontakt", height = "large", width = "medium", card = card.ToAttachment() },
        },
    };

    /// <summary>The plain text of the message the command was run on (its HTML body stripped).</summary>
    public static string MessageText(JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("messagePayload", out var payload) && payload.ValueKind == JsonValueKind.Object
            && payload.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
        {
            var html = content.GetString() ?? string.Empty;
            var text = WebUtility.HtmlDecode(Tags().Replace(Breaks().Replace(html, " "), string.Empty));
            return Spaces().Replace(text, " ").Trim();
        }

        return string.Empty;
    }

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex Breaks();

    [GeneratedRegex("<[^>]+>", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Spaces();
}

/// <summary>composeExtension/submitAction for "Logga som kontakt".</summary>
public sealed class LogContactSubmitAction(SaveContactAction save) : IInvokeHandler
{
    public string Name => "composeExtension/submitAction";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var value = turn.Activity.Value;
        var data = value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
        var commandId = value is { ValueKind: JsonValueKind.Object } w && w.TryGetProperty("commandId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (data is null || commandId != LogContactFetchTask.CommandId)
        {
            return InvokeResponse.Ok(new { task = new { type = "message", value = en ? "Nothing to save." : "Det fanns inget att spara." } });
        }

        var (saved, card) = await save.SaveAsync(turn, new CardActionRequest(ContactFormCard.SaveVerb, data.Value), dialog: true, cancellationToken);
        return InvokeResponse.Ok(saved
            ? new { task = new { type = "message", value = en ? "The contact is saved." : "Kontakten är sparad." } }
            : LogContactFetchTask.Dialog(card, en));
    }
}
