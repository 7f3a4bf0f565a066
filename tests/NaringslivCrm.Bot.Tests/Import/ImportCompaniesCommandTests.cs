using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Import;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Tests.Import;

[Collection(AzuriteCollection.Name)]
public sealed class ImportCompaniesCommandTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly MunicipalityCode Oskarshamn = MunicipalityCode.Parse("0882").Value;
    private readonly StringWriter output = new();
    private readonly string folder = Directory.CreateTempSubdirectory("import-test").FullName;
    private CrmAppFactory? factory;

    private CrmAppFactory Factory => factory ??= new CrmAppFactory(azurite, services: s => s.AddSingleton(new CommandOutput(output, output)));

    private TableInspector Tables => new(azurite, Factory.TablePrefix);

    [Fact]
    public async Task RunAsync_ValidFile_EveryRowImportedExit0()
    {
        var exit = await RunAsync("--municipality", "0882", "--file", SampleFiles.DemoFirms);

        Assert.Equal(0, exit);
        Assert.Equal(40, await Tables.CountAsync("Companies"));
        Assert.Contains("40 företag importerade", output.ToString());
    }

    [Fact]
    public async Task RunAsync_OneInvalidRow_NothingImportedExit1()
    {
        var file = Write(new RegisterCsv().ValidRows(5).Row("556036-0794"));

        var exit = await RunAsync("--municipality", "0882", "--file", file);

        Assert.Equal(1, exit);
        Assert.Equal(0, await Tables.CountAsync("Companies"));
        Assert.Contains("rad 7, organisationsnummer: Kontrollsiffran stämmer inte", output.ToString());
    }

    [Fact]
    public async Task RunAsync_SkipInvalid_ValidRowsOnlyAndReportFile()
    {
        var file = Write(new RegisterCsv().ValidRows(5).Row("556036-0794"));
        var report = Path.Combine(folder, "fel.csv");

        var exit = await RunAsync("--municipality", "0882", "--file", file, "--skip-invalid", "--report", report);

        Assert.Equal(1, exit);
        Assert.Equal(5, await Tables.CountAsync("Companies"));
        Assert.Contains("7;organisationsnummer;Kontrollsiffran", await File.ReadAllTextAsync(report));
    }

    [Fact]
    public async Task RunAsync_SameFileAgain_RowsUnchangedAndOfficerFieldsKept()
    {
        await RunAsync("--municipality", "0882", "--file", SampleFiles.DemoFirms);
        var repository = Factory.Services.GetRequiredService<ICompanyRepository>();
        var orgnr = OrgNumber.Parse(Demo.DemoFirms.All[0].OrgNumber).Value;
        var company = (await repository.GetAsync(Oskarshamn, orgnr))!;
        company.AssignResponsibleOfficer(new UserRef("erik", "Erik Johansson"));
        company.MarkAsKeyAccount();
        await repository.SaveAsync(company);

        var exit = await RunAsync("--municipality", "0882", "--file", SampleFiles.DemoFirms);

        var after = (await repository.GetAsync(Oskarshamn, orgnr))!;
        Assert.Equal(0, exit);
        Assert.Equal(40, await Tables.CountAsync("Companies"));
        Assert.Equal(("erik", true, "Kvarnholmens Stålverk AB"), (after.ResponsibleOfficer?.UserId, after.IsKeyAccount, after.Name));
    }

    [Fact]
    public async Task RunAsync_DryRun_NothingStoredExit0()
    {
        var exit = await RunAsync("--municipality", "0882", "--file", SampleFiles.DemoFirms, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Empty(await Tables.AllEntitiesAsync()); // no table of any kind written
        Assert.Contains("40", output.ToString(), StringComparison.Ordinal); // the firms it would import are reported
    }

    [Theory]
    [InlineData("--municipality", "9999", "--file", "x.csv")]
    [InlineData("--municipality", "0180", "--file", "x.csv")]
    [InlineData("--municipality", "0882", "--file", "/nonexistent/firms.csv")]
    [InlineData("--municipality", "0882")]
    [InlineData("--unknown")]
    public async Task RunAsync_BadArgumentsOrFile_Exit2(params string[] args)
    {
        Assert.Equal(2, await RunAsync(args));
    }

    public void Dispose()
    {
        factory?.Dispose();
        output.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Task<int> RunAsync(params string[] args) =>
        Factory.Services.GetServices<ICliCommand>().Single(c => c.Name == "import-companies").RunAsync(args, CancellationToken.None);

    private string Write(RegisterCsv csv)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, csv.ToBytes());
        return path;
    }
}
