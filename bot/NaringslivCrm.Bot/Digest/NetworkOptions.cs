using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// Settings "Network": this installation's identity and signing key, and the other members whose weekly reports it
/// collects (and who may collect ours). Trust model in docs/network.md.
/// </summary>
public sealed class NetworkOptions
{
    /// <summary>This installation's id in the network (what members list us as).</summary>
    public string InstallationId { get; set; } = "local";

    /// <summary>PEM of this installation's ECDSA P-256 private key; signs every report we publish.</summary>
    public string? SigningKeyPem { get; set; }

    public List<NetworkMember> Members { get; set; } = [];

    /// <summary>How long the digest waits for a member before it shows "ej rapporterat".</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest clock difference accepted on a signed request (replay window).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}

public sealed class NetworkMember
{
    /// <summary>The member installation's id (InstallationId there).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Shown in the digest when the member does not answer.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Where the member publishes, e.g. https://crm.kiruna.se (we GET {BaseUrl}/api/network/v1/reports/{week}).</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>PEM of the member's ECDSA P-256 public key: their reports must carry a valid signature.</summary>
    public string PublicKeyPem { get; set; } = string.Empty;

    /// <summary>The secret this pair of installations shares (at least 32 characters): authenticates requests both ways.</summary>
    public string SharedSecret { get; set; } = string.Empty;
}

public sealed class NetworkOptionsValidator : IValidateOptions<NetworkOptions>
{
    public ValidateOptionsResult Validate(string? name, NetworkOptions options)
    {
        var errors = new List<string>();
        if (options.Members.Count > 0 && !IsKey(options.SigningKeyPem, priv: true))
        {
            errors.Add("Network:SigningKeyPem must be a PEM ECDSA P-256 private key when Network:Members are configured.");
        }

        for (var i = 0; i < options.Members.Count; i++)
        {
            var m = options.Members[i];
            if (string.IsNullOrWhiteSpace(m.Id) || string.IsNullOrWhiteSpace(m.Name))
            {
                errors.Add($"Network:Members:{i}:Id and :Name are required.");
            }

            if (!Uri.TryCreate(m.BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                errors.Add($"Network:Members:{i}:BaseUrl must be an absolute http(s) URL.");
            }

            if (!IsKey(m.PublicKeyPem, priv: false))
            {
                errors.Add($"Network:Members:{i}:PublicKeyPem must be a PEM ECDSA P-256 public key.");
            }

            if (m.SharedSecret.Length < 32)
            {
                errors.Add($"Network:Members:{i}:SharedSecret must be at least 32 characters.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsKey(string? pem, bool priv)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            return false;
        }

        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(pem);
            return key.KeySize == 256 && (!priv || key.ExportParameters(true).D is not null);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }
    }
}
