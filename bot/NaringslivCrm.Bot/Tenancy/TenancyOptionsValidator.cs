using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace NaringslivCrm.Bot.Tenancy;

/// <summary>Each municipality valid, and no tenant id claimed by two municipalities.</summary>
public sealed class TenancyOptionsValidator : IValidateOptions<TenancyOptions>
{
    public ValidateOptionsResult Validate(string? name, TenancyOptions options)
    {
        var failures = new List<string>();
        if (options.Municipalities.Count == 0)
        {
            failures.Add("Municipalities: configure at least one municipality (Code, Name, TenantIds)");
        }

        for (var i = 0; i < options.Municipalities.Count; i++)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(options.Municipalities[i], new ValidationContext(options.Municipalities[i]), results, true))
            {
                failures.AddRange(results.Select(r => $"Municipalities:{i}: {r.ErrorMessage}"));
            }
        }

        var duplicate = options.Municipalities
            .SelectMany(m => m.TenantIds.Select(t => (Tenant: t.ToUpperInvariant(), m.Code)))
            .GroupBy(x => x.Tenant)
            .FirstOrDefault(g => g.Select(x => x.Code).Distinct().Count() > 1);
        if (duplicate is not null)
        {
            failures.Add($"Municipalities: tenant {duplicate.Key} is mapped to more than one municipality");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
