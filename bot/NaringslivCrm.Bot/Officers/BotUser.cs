using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Officers;

/// <summary>Who is talking to the bot, in domain terms: Entra object id (fallback the Teams user id) and name.</summary>
public static class BotUser
{
    public static UserRef Of(TurnContext turn)
    {
        var from = turn.Activity.From;
        var id = from?.AadObjectId is { Length: > 0 } oid ? oid : from?.Id ?? "unknown";
        return new UserRef(id, string.IsNullOrWhiteSpace(from?.Name) ? id : from.Name);
    }

    public static MunicipalityCode Municipality(TurnContext turn) =>
        MunicipalityCode.Parse((turn.Get<CallerMunicipality>() ?? throw new InvalidOperationException("Tenant filter did not run")).Code).Value;

    public static bool English(TurnContext turn) => Teams.Schema.ActivityExtensions.IsEnglish(turn.Activity);
}
