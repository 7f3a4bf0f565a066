namespace NaringslivCrm.Domain.Signals;

public enum QuantityUnit
{
    /// <summary>Jobs (people hired, or affected by a varsel).</summary>
    Jobs = 0,

    /// <summary>Swedish kronor (amounts are stored in whole SEK, so "200 miljoner" is 200 000 000).</summary>
    Sek = 1,

    SquareMetres = 2,

    Hectares = 3,

    Megawatts = 4,
}
