using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Domain.Tests.Municipalities;

/// <summary>Tenancy: which Microsoft 365 tenants act for a municipality (killing the mutants that had no test).</summary>
public sealed class MunicipalityTests
{
    private static readonly MunicipalityCode Code = MunicipalityCode.Parse("0882").Value;

    [Fact]
    public void Create_ServesItsTenantsCaseInsensitivelyAndNoOther()
    {
        var m = Municipality.Create(Code, " Oskarshamn ", ["AAAA-1", " ", "", "bbbb-2 "]).Value;

        Assert.Equal("Oskarshamn", m.Name);
        Assert.True(m.Serves("aaaa-1"));
        Assert.True(m.Serves("bbbb-2"));
        Assert.False(m.Serves("cccc-3"));
        Assert.False(m.Serves(""));
        Assert.Equal(2, m.TenantIds.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WithoutName_Refused(string? name)
    {
        var result = Municipality.Create(Code, name, ["aaaa-1"]);

        Assert.False(result.IsSuccess);
        Assert.Equal("Kommunens namn måste anges.", result.Error!.Swedish);
    }

    [Fact]
    public void ConnectTenant_AddsTheTrimmedTenant_BlankRefused()
    {
        var m = Municipality.Create(Code, "Oskarshamn", []).Value;

        Assert.False(m.ConnectTenant(" ").IsSuccess);
        Assert.False(m.Serves(" "));
        Assert.True(m.ConnectTenant(" dddd-4 ").IsSuccess);
        Assert.True(m.Serves("dddd-4"));
    }
}
