namespace NaringslivCrm.Domain.Signals;

/// <summary>What the signal is about. The first six are expansion signals, the rest red flags.</summary>
public enum SignalType
{
    /// <summary>Planerar att anställa.</summary>
    Hiring = 0,

    /// <summary>Planerar en investering.</summary>
    Investment = 1,

    /// <summary>Behöver mark eller lokaler.</summary>
    LandOrPremises = 2,

    /// <summary>Behöver mer effekt/el.</summary>
    Energy = 3,

    /// <summary>Ny anläggning, fabrik eller etablering.</summary>
    NewSite = 4,

    /// <summary>Flyttar hem produktion (återindustrialisering).</summary>
    Reshoring = 5,

    /// <summary>Risk att flytta verksamhet härifrån.</summary>
    Moving = 100,

    /// <summary>Risk att lägga ner.</summary>
    Closing = 101,

    /// <summary>Varsel, neddragning.</summary>
    Downsizing = 102,

    /// <summary>Ägarskifte/generationsskifte utan lösning.</summary>
    Succession = 103,

    /// <summary>Tappat en nyckelkund.</summary>
    LostKeyCustomer = 104,

    /// <summary>Konflikt om tillstånd (bygglov, miljötillstånd).</summary>
    PermitConflict = 105,

    /// <summary>Konkurs, rekonstruktion, allvarliga betalningsproblem.</summary>
    Insolvency = 106,
}
