namespace NaringslivCrm.Domain.Interactions;

public enum InteractionKind
{
    /// <summary>Besök (företagsbesök): the officer visits the firm.</summary>
    Visit = 0,

    /// <summary>Samtal: a phone call.</summary>
    Call = 1,

    /// <summary>Möte: a meeting in person elsewhere.</summary>
    Meeting = 2,

    /// <summary>Digitalt möte: Teams, Zoom or similar.</summary>
    DigitalMeeting = 3,
}
