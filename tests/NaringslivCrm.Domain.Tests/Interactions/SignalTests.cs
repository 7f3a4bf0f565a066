using NaringslivCrm.Domain.Signals;
using static NaringslivCrm.Domain.Tests.Builders;

namespace NaringslivCrm.Domain.Tests.Interactions;

public class SignalTests
{
    [Theory]
    [InlineData(SignalType.Hiring, SignalKind.Expansion)]
    [InlineData(SignalType.Reshoring, SignalKind.Expansion)]
    [InlineData(SignalType.Moving, SignalKind.RedFlag)]
    [InlineData(SignalType.Succession, SignalKind.RedFlag)]
    public void KindOf_Type_IsExpansionOrRedFlag(SignalType type, SignalKind kind)
    {
        Assert.Equal(kind, Signal.KindOf(type));
    }

    [Fact]
    public void Resolve_WithoutNote_Fails()
    {
        var signal = Signal.Spot(Guid.NewGuid(), SignalType.Downsizing).Value;

        Assert.False(signal.Resolve("", Monday).IsSuccess);
        Assert.Equal(SignalStatus.Open, signal.Status);
    }

    [Fact]
    public void Resolve_WithNote_IsResolved()
    {
        var signal = Signal.Spot(Guid.NewGuid(), SignalType.Downsizing).Value;

        signal.Resolve("Varslet drogs tillbaka efter ny order.", Monday);

        Assert.Equal(SignalStatus.Resolved, signal.Status);
    }

    [Fact]
    public void QuantityCreate_Zero_Fails()
    {
        Assert.False(Quantity.Create(0, QuantityUnit.Jobs).IsSuccess);
    }
}
