using System.Globalization;
using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Signals;

/// <summary>A measured size of a signal: 40 jobs, 200 000 000 SEK, 2 000 m², 12 ha, 1.5 MW.</summary>
public sealed record Quantity
{
    private Quantity(decimal amount, QuantityUnit unit)
    {
        Amount = amount;
        Unit = unit;
    }

    public decimal Amount { get; }

    public QuantityUnit Unit { get; }

    public static Result<Quantity> Create(decimal amount, QuantityUnit unit)
    {
        if (amount <= 0)
        {
            return new ValidationError(
                "quantity.not-positive", "Mängden måste vara större än noll.", "The quantity must be greater than zero.");
        }

        return new Quantity(amount, unit);
    }

    public override string ToString() => Unit switch
    {
        QuantityUnit.Jobs => $"{Format(Amount)} jobs",
        QuantityUnit.Sek => $"{Format(Amount)} SEK",
        QuantityUnit.SquareMetres => $"{Format(Amount)} m²",
        QuantityUnit.Hectares => $"{Format(Amount)} ha",
        _ => $"{Format(Amount)} MW",
    };

    private static string Format(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
