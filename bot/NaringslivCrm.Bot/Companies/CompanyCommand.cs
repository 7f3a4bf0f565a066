using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Companies;

/// <summary>
/// "företag &lt;namn eller orgnr&gt;" (also "visa företag", "sök företag", "show company"): the company card, or a short
/// list to pick from when several match. A lookup, never a contact draft.
/// </summary>
public sealed class CompanyCommand(CompanyNameCache names, CompanyCardService cards) : IBotCommand
{
    public IReadOnlyList<string> Triggers { get; } =
        ["företag", "foretag", "company", "visa företag", "visa foretag", "sök företag", "sok foretag", "show company", "find company"];

    public async Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var municipality = BotUser.Municipality(turn);
        if (arguments.Length == 0)
        {
            await turn.SendTextAsync(en ? "Write the company's name or org number after \"företag\"." : "Skriv företagets namn eller organisationsnummer efter \"företag\".", cancellationToken);
            return;
        }

        var parsed = OrgNumber.Parse(arguments);
        var hits = parsed.IsSuccess
            ? (await names.AllAsync(municipality, cancellationToken)).Where(e => e.OrgNumber == parsed.Value).ToList()
            : await names.SearchAsync(municipality, arguments, 6, cancellationToken);
        if (hits.Count == 1 && await cards.BuildAsync(municipality, hits[0].OrgNumber, en, cancellationToken) is { } card)
        {
            await turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken);
            return;
        }

        if (hits.Count == 0)
        {
            var hint = !parsed.IsSuccess && arguments.Count(char.IsAsciiDigit) >= 10 ? " " + (en ? parsed.Error.English : parsed.Error.Swedish) : string.Empty;
            await turn.SendTextAsync((en ? $"No company matches \"{arguments}\"." : $"Inget företag matchar \"{arguments}\".") + hint, cancellationToken);
            return;
        }

        var choices = new AdaptiveCard
        {

            Body = [new TextBlock(en ? "Several companies match – choose one:" : "Flera företag matchar – välj ett:") { Weight = "bolder" }],
            Actions = [.. hits.Take(5).Select(h => ContactFormCard.Execute(CompanyCardAction.Verb, $"{h.Name} ({h.OrgNumber})",
                new Dictionary<string, object?> { ["company"] = h.OrgNumber.Digits }, "none"))],
        };
        await turn.SendAttachmentAsync(choices.ToAttachment(), cancellationToken);
    }
}
