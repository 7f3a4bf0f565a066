using Microsoft.Extensions.Options;

namespace NaringslivCrm.Bot.Privacy.Retention;

/// <summary>
/// Settings "Retention" (gallring). Off by default: a municipality applies retention only after its own records
/// management decision (gallringsbeslut); the dry run shows what the configured rules would dispose of at any time.
/// </summary>
public sealed class RetentionOptions
{
    public bool Enabled { get; set; }

    /// <summary>A firm's contact persons are removed this many years after the last contact with the firm.</summary>
    public int ContactPersonsYears { get; set; } = 3;

    /// <summary>A contact's notes and participant names are removed this many years after the contact.</summary>
    public int NotesYears { get; set; } = 5;

    /// <summary>The nightly run's time of day, Europe/Stockholm.</summary>
    public TimeOnly RunAt { get; set; } = new(2, 0);
}

public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        var errors = new List<string>();
        if (options.ContactPersonsYears is < 1 or > 50)
        {
            errors.Add($"Retention:ContactPersonsYears must be 1–50 years (is {options.ContactPersonsYears}).");
        }

        if (options.NotesYears is < 1 or > 100)
        {
            errors.Add($"Retention:NotesYears must be 1–100 years (is {options.NotesYears}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
