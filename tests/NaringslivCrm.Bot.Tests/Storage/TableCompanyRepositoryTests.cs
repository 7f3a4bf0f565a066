using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Bot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableCompanyRepositoryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SaveAsync_NewCompany_GetReturnsEveryField()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var company = Build.Company();
        company.AssignResponsibleOfficer(Build.Erik);
        company.SaveContact(ContactPerson.Create(Guid.NewGuid(), "Karin Ek", "VD", "0491-123 45", "karin@example.se").Value);

        var saved = await tables.Companies.SaveAsync(company);
        var stored = await tables.Companies.GetAsync(Build.Oskarshamn, company.OrgNumber);

        Assert.True(saved.IsSuccess);
        Assert.Equal(("25.620", "57234", EmployeesBand.From20To49, "demo-erik"),
            (stored!.Sni!.ToString(), stored.Address!.PostalCode, stored.Employees, stored.ResponsibleOfficer!.UserId));
        Assert.Equal("Karin Ek", Assert.Single(stored.Contacts).Name);
        Assert.Equal(company.Concurrency, stored.Concurrency);
    }

    [Fact]
    public async Task GetAsync_Unknown_Null()
    {
        var tables = await CrmTables.CreateAsync(azurite);

        Assert.Null(await tables.Companies.GetAsync(Build.Oskarshamn, Build.OrgNumber(9)));
    }

    [Fact]
    public async Task ListAsync_SeveralCompanies_OwnMunicipalityInSwedishNameOrder()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.Companies.SaveAsync(Build.Company("Östra Smide AB", 1));
        await tables.Companies.SaveAsync(Build.Company("Ängens Plåt AB", 2));
        await tables.Companies.SaveAsync(Build.Company("Zeta Verktyg AB", 3));
        await tables.Companies.SaveAsync(Build.Company("Kiruna Gruvservice AB", 4, Build.Kiruna));

        var list = await tables.Companies.ListAsync(Build.Oskarshamn);

        Assert.Equal(["Zeta Verktyg AB", "Ängens Plåt AB", "Östra Smide AB"], list.Select(c => c.Name));
    }

    [Fact]
    public async Task SaveAsync_StaleToken_ConcurrencyConflict()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.Companies.SaveAsync(Build.Company());
        var first = (await tables.Companies.GetAsync(Build.Oskarshamn, Build.OrgNumber()))!;
        var second = (await tables.Companies.GetAsync(Build.Oskarshamn, Build.OrgNumber()))!;
        first.MarkAsKeyAccount();
        await tables.Companies.SaveAsync(first);

        second.Rename("Senare Namn AB");
        var result = await tables.Companies.SaveAsync(second);

        Assert.Equal(Errors.ConcurrencyConflict, result.Error);
        Assert.Equal("Oskarviks Mekaniska AB", (await tables.Companies.GetAsync(Build.Oskarshamn, Build.OrgNumber()))!.Name);
    }

    [Fact]
    public async Task SaveAsync_NewCompanyAlreadyStored_ConcurrencyConflict()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.Companies.SaveAsync(Build.Company());

        var result = await tables.Companies.SaveAsync(Build.Company("Dubblett AB"));

        Assert.Equal(Errors.ConcurrencyConflict, result.Error);
    }

    [Fact]
    public async Task UpsertRegisterDataAsync_ExistingCompany_RegisterFieldsReplacedOfficerFieldsKept()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var company = Build.Company("Gammalt Namn AB");
        company.AssignResponsibleOfficer(Build.Erik);
        company.MarkAsKeyAccount();
        company.SaveContact(ContactPerson.Create(Guid.NewGuid(), "Karin Ek", "VD", null, null).Value);
        await tables.Companies.SaveAsync(company);

        await tables.Companies.UpsertRegisterDataAsync(Build.Oskarshamn, [Build.RegisterRow(0, "Nytt Namn AB")], CancellationToken.None);

        var stored = (await tables.Companies.GetAsync(Build.Oskarshamn, Build.OrgNumber()))!;
        Assert.Equal(("Nytt Namn AB", "24.100", EmployeesBand.From50To99), (stored.Name, stored.Sni!.ToString(), stored.Employees));
        Assert.Equal(("demo-erik", true, 1), (stored.ResponsibleOfficer!.UserId, stored.IsKeyAccount, stored.Contacts.Count));
    }

    [Fact]
    public async Task UpsertRegisterDataAsync_250Rows_AllStoredOnceEvenWhenRepeated()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var rows = Enumerable.Range(0, 250).Select(i => Build.RegisterRow(i)).ToList();

        await tables.Companies.UpsertRegisterDataAsync(Build.Oskarshamn, rows, CancellationToken.None);
        await tables.Companies.UpsertRegisterDataAsync(Build.Oskarshamn, rows, CancellationToken.None);

        Assert.Equal(250, await tables.Inspector.CountAsync("Companies"));
    }
}
