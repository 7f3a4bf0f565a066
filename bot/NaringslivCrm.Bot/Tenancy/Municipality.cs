namespace NaringslivCrm.Bot.Tenancy;

/// <summary>The municipality a request belongs to, resolved from its tenant id.</summary>
public sealed record CallerMunicipality(string Code, string Name);
