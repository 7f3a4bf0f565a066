using NaringslivCrm.Bot.Import;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Tests.Import;

public sealed class CompanyFileParserTests
{
    private static readonly MunicipalityCode Oskarshamn = MunicipalityCode.Parse("0882").Value;

    private static ImportReport Parse(RegisterCsv csv) => CompanyFileParser.Parse(csv.ToBytes(), Oskarshamn);

    [Fact]
    public void Parse_ValidRow_RegisterRowThroughDomainTypes()
    {
        var report = Parse(new RegisterCsv().Row("556036-0793", "  Saab AB ", "25.110", "Gatan 1", "572 31", "Oskarshamn", "45"));

        var row = Assert.Single(report.ValidRows);
        Assert.Equal("5560360793", row.OrgNumber.Digits);
        Assert.Equal("Saab AB", row.Name);
        Assert.Equal("25110", row.Sni!.Digits);
        Assert.Equal("57231", row.Address!.PostalCode);
        Assert.Equal(EmployeesBand.From20To49, row.Employees);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Parse_WrongCheckDigit_ErrorWithLineColumnAndSwedishMessage()
    {
        var report = Parse(new RegisterCsv().ValidRows(2).Row("556036-0794"));

        var error = Assert.Single(report.Errors);
        Assert.Equal(new ImportError(4, "organisationsnummer", OrgNumberErrors.CheckDigit().Swedish), error);
        Assert.Equal(2, report.ValidRows.Count);
    }

    [Fact]
    public void Parse_DuplicateOrgNumber_ErrorOnLaterRow()
    {
        var report = Parse(new RegisterCsv().Row("556036-0793").Row("5560360793", "Samma AB"));

        var error = Assert.Single(report.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("finns redan på rad 2", error.Message);
    }

    [Fact]
    public void Parse_SeveralBadValuesInOneRow_EveryColumnReported()
    {
        var report = Parse(new RegisterCsv().Row("12", name: "", sni: "25.1", postal: "5723", employees: "många"));

        Assert.Equal(["organisationsnummer", "namn", "sni", "postnummer", "anställda"], report.Errors.Select(e => e.Column));
        Assert.Equal(1, report.InvalidRowCount);
    }

    [Fact]
    public void Parse_OptionalColumnsEmpty_RowWithoutSniAddressOrSize()
    {
        var report = Parse(new RegisterCsv().Row("556036-0793", sni: "", street: "", postal: "", city: "", employees: ""));

        var row = Assert.Single(report.ValidRows);
        Assert.Null(row.Sni);
        Assert.Null(row.Address);
        Assert.Equal(EmployeesBand.Unknown, row.Employees);
    }

    [Fact]
    public void Parse_MoreFieldsThanHeader_RowRefused()
    {
        var report = Parse(new RegisterCsv().Line("556036-0793;Svets;Plåt AB;25.110;Gatan 1;572 31;Oskarshamn;12"));

        Assert.Contains(report.Errors, e => e.Column == "(rad)" && e.Line == 2);
    }

    [Fact]
    public void Parse_HeaderWithoutOrgNumber_FileError()
    {
        var report = CompanyFileParser.Parse("namn;ort\r\nA;B\r\n"u8.ToArray(), Oskarshamn);

        Assert.True(report.IsFileError);
        Assert.Contains("organisationsnummer", report.Errors[0].Message);
    }

    [Fact]
    public void Parse_BlankAndSeparatorOnlyLines_Skipped()
    {
        var report = Parse(new RegisterCsv().ValidRows(1).Line("").Line(";;;;;;").ValidRows(1, from: 5));

        Assert.Equal(2, report.RowCount);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Parse_DemoFirmsSample_FortyValidRows()
    {
        var report = CompanyFileParser.Parse(File.ReadAllBytes(SampleFiles.DemoFirms), Oskarshamn);

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(40, report.ValidRows.Count);
        Assert.Equal(Demo.DemoFirms.All.Select(f => f.OrgNumber), report.ValidRows.Select(r => r.OrgNumber.Digits));
    }

    [Fact]
    public void Parse_Windows1252CommaSample_SwedishNamesIntact()
    {
        var report = CompanyFileParser.Parse(File.ReadAllBytes(SampleFiles.Windows1252), Oskarshamn);

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        Assert.Equal(',', report.Separator);
        Assert.Contains(report.ValidRows, r => r.Name == "Åkerlunds Elinstallation, Aktiebolag");
    }

    [Fact]
    public void Parse_QuoteNeverClosed_ErrorOnTheLineItOpens()
    {
        var report = Parse(new RegisterCsv().ValidRows(1).Line("\"556036-0793;Öppen AB;25.110;;;;").ValidRows(1, from: 3));

        var error = Assert.Single(report.Errors);
        Assert.Equal((3, "(rad)"), (error.Line, error.Column));
        Assert.Single(report.ValidRows);
    }

    [Fact]
    public void Parse_PersonalIdentityNumber_RefusedAsSoleTrader()
    {
        var report = Parse(new RegisterCsv().Row("811228-9874"));

        Assert.Contains("liknar ett personnummer", Assert.Single(report.Errors).Message);
    }
}
