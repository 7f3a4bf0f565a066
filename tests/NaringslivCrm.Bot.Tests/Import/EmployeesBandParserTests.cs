using NaringslivCrm.Bot.Import;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Bot.Tests.Import;

public sealed class EmployeesBandParserTests
{
    [Theory]
    [InlineData("", EmployeesBand.Unknown)]
    [InlineData("0", EmployeesBand.None)]
    [InlineData("4", EmployeesBand.From1To4)]
    [InlineData("45", EmployeesBand.From20To49)]
    [InlineData("1 200", EmployeesBand.From500)]
    [InlineData("20-49", EmployeesBand.From20To49)]
    [InlineData("20–49 anställda", EmployeesBand.From20To49)]
    [InlineData("100 - 199", EmployeesBand.From100To199)]
    [InlineData("500+", EmployeesBand.From500)]
    public void Parse_CountOrBand_Band(string input, EmployeesBand expected)
    {
        Assert.Equal(expected, EmployeesBandParser.Parse(input).Value);
    }

    [Theory]
    [InlineData("många")]
    [InlineData("10-60")]
    [InlineData("-5")]
    [InlineData("4,5")]
    public void Parse_Unreadable_SwedishError(string input)
    {
        var result = EmployeesBandParser.Parse(input);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("Antal anställda", result.Error.Swedish);
    }
}
