using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Import;

/// <summary>The arguments of import-companies: --municipality 0882 --file firms.csv [--dry-run] [--skip-invalid] [--report errors.csv].</summary>
public sealed record ImportArguments(MunicipalityCode Municipality, string File, bool DryRun, bool SkipInvalid, string? ReportFile)
{
    public static Result<ImportArguments> Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? municipality = null, file = null, report = null;
        bool dryRun = false, skipInvalid = false;
        for (var i = 0; i < args.Count; i++)
        {
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--municipality" or "-m":
                    municipality = Next();
                    break;
                case "--file" or "-f":
                    file = Next();
                    break;
                case "--report":
                    report = Next();
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--skip-invalid":
                    skipInvalid = true;
                    break;
                default:
                    return Usage($"Okänt argument \"{args[i]}\".");
            }
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            return Usage("Ange filen med --file.");
        }

        var code = MunicipalityCode.Parse(municipality);
        return code.IsSuccess ? new ImportArguments(code.Value, file, dryRun, skipInvalid, report) : Usage(code.Error.Swedish);
    }

    private static ValidationError Usage(string swedish) => new("import.usage", swedish, swedish);
}
