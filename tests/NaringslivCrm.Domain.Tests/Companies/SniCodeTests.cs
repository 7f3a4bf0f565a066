using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Domain.Tests.Companies;

public class SniCodeTests
{
    [Theory]
    [InlineData("25.110")]
    [InlineData("25110")]
    [InlineData(" 25 110 ")]
    public void Parse_FiveDigits_WritesWithDotAndVersion(string input)
    {
        var sni = SniCode.Parse(input).Value;

        Assert.Equal("25.110", sni.ToString());
        Assert.Equal("SNI2007", sni.Version);
        Assert.Equal("25", sni.Division);
    }

    [Theory]
    [InlineData("25.11")]
    [InlineData("C25110")]
    [InlineData("")]
    public void Parse_NotFiveDigits_Fails(string input)
    {
        Assert.Equal("sni.format", SniCode.Parse(input).Error?.Code);
    }
}
