using Microsoft.AspNetCore.Http.HttpResults;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Domain.Interactions;

namespace NaringslivCrm.Bot.Api.Privacy;

/// <summary>
/// POST /api/v1/interactions/{id}/confidential {confidential}: an officer marks a contact's note confidential (OSL,
/// business affairs) or public again from the tab. Own municipality only (another's id is 404); audited as an update.
/// </summary>
public static class InteractionsApi
{
    public sealed record ConfidentialBody(bool? Confidential);

    public sealed record ConfidentialityDto(string Id, bool Confidential);

    public static RouteGroupBuilder MapInteractionsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/interactions/{id}/confidential", async Task<Results<Ok<ConfidentialityDto>, ProblemHttpResult>> (HttpContext http, string id, ConfidentialBody? body, IInteractionRepository interactions, CancellationToken ct) =>
        {
            var user = http.TabUser();
            if (body?.Confidential is not { } confidential)
            {
                return Problems.BadRequest(http, "Ange confidential: true eller false.", "Give confidential: true or false.");
            }

            var interaction = Guid.TryParse(id, out var guid) ? await interactions.GetAsync(user.Code, guid, ct) : null;
            if (interaction is null)
            {
                return Problems.NotFound(http, "Kontakten finns inte.", "The contact does not exist.");
            }

            if (confidential)
            {
                interaction.MarkConfidential();
            }
            else
            {
                interaction.MarkPublic();
            }

            var saved = await interactions.UpdateAsync(interaction, ct);
            return saved.IsSuccess
                ? TypedResults.Ok(new ConfidentialityDto(interaction.Id.ToString("N"), interaction.IsConfidential))
                : Problems.Of(http, 409, "Någon annan ändrade kontakten samtidigt. Ladda om och försök igen.", "Someone else changed the contact at the same time. Reload and try again.");
        }).ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        return api;
    }
}
