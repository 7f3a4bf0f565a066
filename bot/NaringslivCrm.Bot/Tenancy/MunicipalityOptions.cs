using System.ComponentModel.DataAnnotations;

namespace NaringslivCrm.Bot.Tenancy;

/// <summary>One configured municipality: its kommunkod, name and the Microsoft 365 tenant ids that map to it.</summary>
public sealed class MunicipalityOptions
{
    [Required, RegularExpression(@"^\d{4}$", ErrorMessage = "Municipalities:*:Code must be a 4-digit kommunkod")]
    public string Code { get; set; } = string.Empty;

    [Required]
    public string Name { get; set; } = string.Empty;

    [MinLength(1, ErrorMessage = "Municipalities:*:TenantIds needs at least one tenant id")]
    public List<string> TenantIds { get; set; } = [];
}
