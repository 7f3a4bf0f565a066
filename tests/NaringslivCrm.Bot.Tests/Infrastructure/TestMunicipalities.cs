using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Tests.Infrastructure;

/// <summary>
/// The two municipalities every test host serves (CrmAppFactory configures them): Oskarshamn on tenant A and Kiruna on
/// tenant B, and the development sign-in users the tab tests log in as. One place, so the test bases do not each
/// define them again.
/// </summary>
public static class TestMunicipalities
{
    public static readonly MunicipalityCode Oskarshamn = MunicipalityCode.Parse("0882").Value;
    public static readonly MunicipalityCode Kiruna = MunicipalityCode.Parse("2584").Value;

    /// <summary>Setting "Municipalities": code, name and tenant of each.</summary>
    public static void Configure(Dictionary<string, string?> settings)
    {
        settings["Municipalities:0:Code"] = Oskarshamn.Value;
        settings["Municipalities:0:Name"] = "Oskarshamn";
        settings["Municipalities:0:TenantIds:0"] = CrmAppFactory.TenantA;
        settings["Municipalities:1:Code"] = Kiruna.Value;
        settings["Municipalities:1:Name"] = "Kiruna";
        settings["Municipalities:1:TenantIds:0"] = CrmAppFactory.TenantB;
    }

    /// <summary>A development sign-in user (TabAuth:DevTokens:Users:<paramref name="index"/>).</summary>
    public static void AddUser(Dictionary<string, string?> settings, int index, string id, string name, MunicipalityCode municipality, string role)
    {
        settings[$"TabAuth:DevTokens:Users:{index}:UserId"] = id;
        settings[$"TabAuth:DevTokens:Users:{index}:Name"] = name;
        settings[$"TabAuth:DevTokens:Users:{index}:MunicipalityCode"] = municipality.Value;
        settings[$"TabAuth:DevTokens:Users:{index}:Roles:0"] = role;
    }
}
