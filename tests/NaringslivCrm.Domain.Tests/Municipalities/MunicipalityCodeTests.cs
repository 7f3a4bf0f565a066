using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Domain.Tests.Municipalities;

public class MunicipalityCodeTests
{
    [Theory]
    [InlineData("2584", "25")]
    [InlineData("0481", "04")]
    [InlineData("1231", "12")]
    public void Parse_NetworkMember_ReturnsCodeAndCounty(string input, string county)
    {
        var code = MunicipalityCode.Parse(input).Value;

        Assert.Equal(input, code.Value);
        Assert.Equal(county, code.County);
    }

    [Theory]
    [InlineData("258", "municipality-code.format")]
    [InlineData("25a4", "municipality-code.format")]
    [InlineData("1131", "municipality-code.county")]
    public void Parse_Invalid_Fails(string input, string code)
    {
        Assert.Equal(code, MunicipalityCode.Parse(input).Error?.Code);
    }
}
