namespace NaringslivCrm.Bot.Demo;

/// <summary>An invented firm of the demo data: no real company is meant.</summary>
/// <param name="Key">Stable key the firm's ids are derived from.</param>
/// <param name="OrgNumber">Ten digits with a valid check digit.</param>
public sealed record DemoFirm(string Key, string OrgNumber, string Name, string Sni, string Street, string PostalSuffix, int Employees);
