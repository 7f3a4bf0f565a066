using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Tests.Common;

public class ResultTests
{
    private static readonly ValidationError Error = new("x.failed", "Fel", "Failed");

    [Fact]
    public void Value_OnFailure_Throws()
    {
        Result<int> result = Error;

        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void ImplicitConversion_FromValue_IsSuccess()
    {
        Result<string> result = "ok";

        Assert.True(result.IsSuccess);
        Assert.Equal("ok", result.Value);
    }

    [Fact]
    public void Failure_NonGeneric_CarriesError()
    {
        Assert.Equal(Error, Result.Failure(Error).Error);
    }
}
