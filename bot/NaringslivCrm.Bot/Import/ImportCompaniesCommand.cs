using System.Globalization;
using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Tenancy;

namespace NaringslivCrm.Bot.Import;

/// <summary>
/// import-companies: reads a company register file, reports every invalid row, and upserts the register data by
/// organisationsnummer. All or nothing unless --skip-invalid. Exit codes: 0 every row imported (or would be, with
/// --dry-run); 1 invalid rows (nothing imported, or only the valid ones with --skip-invalid); 2 usage, file or
/// configuration error.
/// </summary>
public sealed class ImportCompaniesCommand(ICompanyImportStore store, IMunicipalityDirectory municipalities, CommandOutput output) : ICliCommand
{
    public const int Ok = 0;
    public const int InvalidRows = 1;
    public const int UsageError = 2;

    public string Name => "import-companies";

    public string Usage => "import-companies --municipality <kommunkod> --file <fil.csv> [--dry-run] [--skip-invalid] [--report <fel.csv>]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = ImportArguments.Parse(args);
        if (!parsed.IsSuccess)
        {
            await output.Error.WriteLineAsync($"{parsed.Error.Swedish}{Environment.NewLine}Användning: {Usage}");
            return UsageError;
        }

        var a = parsed.Value;
        if (municipalities.FindByCode(a.Municipality.Value) is null)
        {
            await output.Error.WriteLineAsync($"Kommunkoden {a.Municipality} finns inte bland de konfigurerade kommunerna (Municipalities).");
            return UsageError;
        }

        var path = Resolve(a.File);
        if (path is null)
        {
            await output.Error.WriteLineAsync($"Filen \"{a.File}\" finns inte (sökt i {Environment.CurrentDirectory}). Ange en absolut sökväg.");
            return UsageError;
        }

        var report = CompanyFileParser.Parse(await File.ReadAllBytesAsync(path, cancellationToken), a.Municipality);
        report.WriteErrors(output.Out);
        if (a.ReportFile is not null)
        {
            await File.WriteAllBytesAsync(InShellDirectory(a.ReportFile), report.ToCsv(), cancellationToken);
        }

        if (report.IsFileError)
        {
            return UsageError;
        }

        var import = !a.DryRun && (!report.HasErrors || a.SkipInvalid);
        if (import && report.ValidRows.Count > 0)
        {
            await store.UpsertRegisterDataAsync(a.Municipality, report.ValidRows, cancellationToken);
        }

        await output.Out.WriteLineAsync(Summary(report, a, import));
        return report.HasErrors ? InvalidRows : Ok;
    }

    /// <summary>
    /// The file as given, or relative to the shell's directory ($PWD): "dotnet run --project" starts the host in the
    /// project folder, so a path relative to where the user typed the command would otherwise not be found.
    /// </summary>
    private static string? Resolve(string file)
    {
        if (File.Exists(file))
        {
            return file;
        }

        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        return !Path.IsPathRooted(file) && shellDirectory is { Length: > 0 } && File.Exists(Path.Combine(shellDirectory, file))
            ? Path.Combine(shellDirectory, file)
            : null;
    }

    private static string InShellDirectory(string file) =>
        Path.IsPathRooted(file) ? file : Path.Combine(Environment.GetEnvironmentVariable("PWD") ?? Environment.CurrentDirectory, file);

    private static string Summary(ImportReport r, ImportArguments a, bool imported)
    {
        var separator = r.Separator == '\t' ? "tab" : r.Separator.ToString();
        var outcome = a.DryRun ? "Provkörning: inget sparades."
            : imported ? $"{r.ValidRows.Count} företag importerade till kommun {a.Municipality}."
            : "Inget importerades: rätta raderna ovan eller kör med --skip-invalid.";
        return string.Create(CultureInfo.InvariantCulture,
            $"{r.RowCount} rader lästa ({r.EncodingName}, avgränsare '{separator}'): {r.ValidRows.Count} giltiga, {r.InvalidRowCount} ogiltiga. {outcome}");
    }
}
