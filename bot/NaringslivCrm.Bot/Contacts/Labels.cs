using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>Swedish (and English) names of interaction kinds, signal types and units shown on cards.</summary>
public static class Labels
{
    public static string Kind(InteractionKind kind, bool en = false) => (kind, en) switch
    {
        (InteractionKind.Visit, false) => "Besök",
        (InteractionKind.Call, false) => "Samtal",
        (InteractionKind.Meeting, false) => "Möte",
        (InteractionKind.DigitalMeeting, false) => "Digitalt möte",
        (InteractionKind.Visit, true) => "Visit",
        (InteractionKind.Call, true) => "Call",
        (InteractionKind.Meeting, true) => "Meeting",
        _ => "Digital meeting",
    };

    public static string Signal(SignalType type, bool en = false) => type switch
    {
        SignalType.Hiring => en ? "Hiring" : "Nyanställningar",
        SignalType.Investment => en ? "Investment" : "Investering",
        SignalType.LandOrPremises => en ? "Land or premises" : "Mark eller lokaler",
        SignalType.Energy => en ? "Energy" : "Energibehov",
        SignalType.NewSite => en ? "New site" : "Ny etablering",
        SignalType.Reshoring => en ? "Reshoring" : "Återindustrialisering",
        SignalType.Moving => en ? "Risk of moving" : "Risk för flytt",
        SignalType.Closing => en ? "Risk of closing" : "Risk för nedläggning",
        SignalType.Downsizing => en ? "Downsizing" : "Neddragning / varsel",
        SignalType.Succession => en ? "Owner succession" : "Ägarskifte",
        SignalType.LostKeyCustomer => en ? "Lost key customer" : "Förlorad nyckelkund",
        SignalType.PermitConflict => en ? "Permit conflict" : "Tillståndskonflikt",
        _ => en ? "Insolvency" : "Konkurs / rekonstruktion",
    };

    public static string Unit(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Jobs => "jobb",
        QuantityUnit.Sek => "kr",
        QuantityUnit.SquareMetres => "m²",
        QuantityUnit.Hectares => "ha",
        _ => "MW",
    };

    /// <summary>"40 jobb", "5 MW", "1,2 mdr kr", "45 mn kr" (number and unit joined by a no-break space).</summary>
    public static string Quantity(Quantity q)
    {
        var sv = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");
        return q.Unit == QuantityUnit.Sek && q.Amount >= 1_000_000
            ? q.Amount >= 1_000_000_000
                ? (q.Amount / 1_000_000_000).ToString("0.#", sv) + "\u00A0mdr\u00A0kr"
                : (q.Amount / 1_000_000).ToString("0.#", sv) + "\u00A0mn\u00A0kr"
            : q.Amount.ToString("#,0.##", sv) + "\u00A0" + Unit(q.Unit);
    }
}
