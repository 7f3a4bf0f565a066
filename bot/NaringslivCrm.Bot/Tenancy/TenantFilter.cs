using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Tenancy;

/// <summary>
/// Resolves the activity's tenant to a municipality. An unknown tenant gets a polite answer that the
/// organisation is not registered, and nothing is stored.
/// </summary>
public sealed partial class TenantFilter(IMunicipalityDirectory directory, ILogger<TenantFilter> logger) : ITurnFilter
{
    public async Task<TurnFilterResult> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var tenantId = turn.Activity.GetTenantId();
        var municipality = directory.FindByTenant(tenantId);
        if (municipality is not null)
        {
            turn.Set(municipality);
            return TurnFilterResult.Next;
        }

        LogUnknownTenant(logger, tenantId ?? "(none)", turn.Activity.Type ?? "(none)");
        var text = BotTexts.For(turn.Activity).UnknownOrganisation;
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            return TurnFilterResult.Stop(new InvokeResponse(200, CardAttachments.MessageInvokeBody(text)));
        }

        if (turn.Activity.Type is ActivityTypes.Message or ActivityTypes.InstallationUpdate)
        {
            await turn.SendTextAsync(text, cancellationToken);
        }

        return TurnFilterResult.Stop();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity of type {Type} from unregistered tenant {TenantId} answered and ignored")]
    private static partial void LogUnknownTenant(ILogger logger, string tenantId, string type);
}
