using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Storage;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>Exactly one way to reach the tables must be configured.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.TableEndpoint))
        {
            return ValidateOptionsResult.Fail("Set ConnectionStrings:Tables (Azurite/local) or Storage:TableEndpoint (Azure, managed identity)");
        }

        if (!string.IsNullOrWhiteSpace(options.TableEndpoint) && !Uri.TryCreate(options.TableEndpoint, UriKind.Absolute, out _))
        {
            return ValidateOptionsResult.Fail("Storage:TableEndpoint must be an absolute URL such as https://<account>.table.core.windows.net");
        }

        return ValidateOptionsResult.Success;
    }
}
