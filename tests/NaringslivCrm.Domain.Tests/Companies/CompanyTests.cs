using NaringslivCrm.Domain.Companies;
using static NaringslivCrm.Domain.Tests.Builders;

namespace NaringslivCrm.Domain.Tests.Companies;

public class CompanyTests
{
    [Fact]
    public void Register_EmptyName_Fails()
    {
        Assert.Equal("company-name.required", Company.Register(Oskarshamn, Saab, " ").Error?.Code);
    }

    [Fact]
    public void AssignResponsibleOfficer_Officer_IsResponsible()
    {
        var company = Company.Register(Oskarshamn, Saab, "Saab AB").Value;

        company.AssignResponsibleOfficer(Anna);
        company.MarkAsKeyAccount();

        Assert.Equal(Anna, company.ResponsibleOfficer);
        Assert.True(company.IsKeyAccount);
    }

    [Fact]
    public void EraseContact_Existing_RemovesPersonalData()
    {
        var company = Company.Register(Oskarshamn, Saab, "Saab AB").Value;
        var contact = ContactPerson.Create(Guid.NewGuid(), "Karin Ek", "VD", "070-123 45 67", "karin.ek@example.se").Value;
        company.SaveContact(contact);

        var erased = company.EraseContact(contact.Id);

        Assert.True(erased);
        Assert.Empty(company.Contacts);
    }

    [Theory]
    [InlineData("karin.ek@", "contact.email")]
    [InlineData("karin ek@example.se", "contact.email")]
    [InlineData(null, null)]
    public void ContactPersonCreate_Email_IsChecked(string? email, string? code)
    {
        var result = ContactPerson.Create(Guid.NewGuid(), "Karin Ek", null, null, email);

        Assert.Equal(code, result.Error?.Code);
    }

    [Theory]
    [InlineData("572 31", "57231")]
    [InlineData("5723", null)]
    public void AddressCreate_PostalCode_IsFiveDigits(string postalCode, string? stored)
    {
        var result = Address.Create("Storgatan 1", postalCode, "Oskarshamn");

        Assert.Equal(stored, result.IsSuccess ? result.Value.PostalCode : null);
    }
}
