namespace NaringslivCrm.Bot.Tenancy;

/// <summary>The municipalities this installation serves (configuration key "Municipalities").</summary>
public sealed class TenancyOptions
{
    public List<MunicipalityOptions> Municipalities { get; set; } = [];
}
