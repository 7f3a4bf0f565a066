using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Domain.Tests.Companies;

public class OrgNumberTests
{
    [Theory]
    [InlineData("556036-0793", "5560360793")]
    [InlineData("5560360793", "5560360793")]
    [InlineData(" 556036 0793 ", "5560360793")]
    [InlineData("16556036-0793", "5560360793")]
    [InlineData("212000-0142", "2120000142")]
    public void Parse_ValidVector_ReturnsDigits(string input, string expected)
    {
        var result = OrgNumber.Parse(input);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(expected, result.Value.Digits);
    }

    [Fact]
    public void ToString_Valid_WritesWithHyphen()
    {
        var orgNumber = OrgNumber.Parse("5560360793").Value;

        Assert.Equal("556036-0793", orgNumber.ToString());
    }

    [Theory]
    [InlineData("556036-0793", LegalFormGroup.LimitedCompany)]
    [InlineData("212000-0142", LegalFormGroup.PublicSector)]
    public void LegalForm_Valid_FollowsFirstDigit(string input, LegalFormGroup expected)
    {
        Assert.Equal(expected, OrgNumber.Parse(input).Value.LegalForm);
    }

    [Theory]
    [InlineData("", "orgnr.empty")]
    [InlineData("55603A-0793", "orgnr.format")]
    [InlineData("556-036-0793", "orgnr.format")]
    [InlineData("556036-079", "orgnr.length")]
    [InlineData("551036-0793", "orgnr.third-digit")]
    [InlineData("456036-0793", "orgnr.legal-form")]
    [InlineData("056036-0793", "orgnr.legal-form")]
    [InlineData("556036-0794", "orgnr.check-digit")]
    public void Parse_Invalid_SaysWhichCheckFailed(string input, string code)
    {
        var result = OrgNumber.Parse(input);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
    }

    [Fact]
    public void Parse_WrongCheckDigit_SaysNotValidWithoutNamingTheDigitThatWouldPass()
    {
        var result = OrgNumber.Parse("556036-0790");

        Assert.StartsWith("Kontrollsiffran stämmer inte: det är inte ett giltigt organisationsnummer.", result.Error!.Swedish, StringComparison.Ordinal);
        Assert.Contains("not a valid org number", result.Error.English, StringComparison.Ordinal);
        Assert.DoesNotContain("3", result.Error.Swedish + result.Error.English, StringComparison.Ordinal); // 556036-0793 would pass
    }

    [Fact]
    public void Parse_PersonalIdentityNumber_RoutesSoleTradersAndNeverRepeatsTheNumber()
    {
        var result = OrgNumber.Parse("811218-9876");

        Assert.Contains("enskild firma", result.Error!.Swedish, StringComparison.Ordinal);
        Assert.Contains("skriv dess namn", result.Error.Swedish, StringComparison.Ordinal);
        Assert.DoesNotContain("9876", result.Error.Swedish + result.Error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameDigitsDifferentWriting_AreEqual()
    {
        Assert.Equal(OrgNumber.Parse("556036-0793").Value, OrgNumber.Parse("5560360793").Value);
    }
}
