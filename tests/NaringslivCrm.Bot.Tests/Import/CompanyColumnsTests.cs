using NaringslivCrm.Bot.Import;

namespace NaringslivCrm.Bot.Tests.Import;

public sealed class CompanyColumnsTests
{
    [Theory]
    [InlineData("\uFEFFOrganisationsnummer;Företagsnamn;SNI-kod;Gatuadress;Postnummer;Postort;Antal anställda")]
    [InlineData("ORGNR;NAMN;SNI;ADRESS;POSTNR;ORT;ANSTÄLLDA")]
    [InlineData("Org.nr;Namn;Sni 2007;Besöksadress;Post-nummer;Ort;Anst.")]
    [InlineData("Organisation number;Company name;SNI code;Street address;Postal code;City;Employees")]
    public void FromHeader_SwedishOrEnglishVariants_AllSevenColumnsFound(string header)
    {
        var columns = CompanyColumns.FromHeader(new CsvRecord(1, header.Split(';')));

        Assert.True(columns.IsSuccess, columns.Error?.Swedish);
        Assert.True(Enum.GetValues<CompanyColumn>().All(columns.Value.Has));
    }

    [Fact]
    public void FromHeader_NoNameColumn_SwedishErrorNamesIt()
    {
        var columns = CompanyColumns.FromHeader(new CsvRecord(1, ["orgnr", "ort"]));

        Assert.False(columns.IsSuccess);
        Assert.Contains("saknar kolumnen namn", columns.Error.Swedish);
    }

    [Fact]
    public void Header_AsWrittenInFile_UsedInReports()
    {
        var columns = CompanyColumns.FromHeader(new CsvRecord(1, ["\uFEFF Org.nr ", "Namn"])).Value;

        Assert.Equal("Org.nr", columns.Header(CompanyColumn.OrgNumber));
    }
}
