using System.Globalization;
using System.Text;

namespace NaringslivCrm.Bot.Import;

/// <summary>What a register file held: the valid rows, the errors per line and column, and how it was read.</summary>
public sealed class ImportReport
{
    private readonly List<CompanyRegisterRow> rows = [];
    private readonly List<ImportError> errors = [];

    public string EncodingName { get; init; } = string.Empty;

    public char Separator { get; init; } = ';';

    /// <summary>Data rows read (blank lines not counted).</summary>
    public int RowCount { get; private set; }

    public IReadOnlyList<CompanyRegisterRow> ValidRows => rows;

    public IReadOnlyList<ImportError> Errors => errors;

    /// <summary>Rows with at least one error.</summary>
    public int InvalidRowCount => errors.Select(e => e.Line).Distinct().Count();

    /// <summary>The file could not be read as a register at all (e.g. required columns missing).</summary>
    public bool IsFileError => errors.Any(e => e.Line == 0);

    public bool HasErrors => errors.Count > 0;

    public void Add(ParsedRow parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        RowCount++;
        if (parsed.Row is not null)
        {
            rows.Add(parsed.Row);
        }

        errors.AddRange(parsed.Errors);
    }

    public void AddFileError(string message) => errors.Add(new ImportError(0, "(fil)", message));

    /// <summary>One line per error, in file order: "rad 5, organisationsnummer: Kontrollsiffran stämmer inte …".</summary>
    public void WriteErrors(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var e in errors.OrderBy(e => e.Line))
        {
            writer.WriteLine(e.Line == 0
                ? $"fil: {e.Message}"
                : string.Create(CultureInfo.InvariantCulture, $"rad {e.Line}, {e.Column}: {e.Message}"));
        }
    }

    /// <summary>The errors as a CSV file (UTF-8 with BOM, ';') that Excel opens: rad;kolumn;fel.</summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder("rad;kolumn;fel\r\n");
        foreach (var e in errors.OrderBy(e => e.Line))
        {
            text.Append(e.Line.ToString(CultureInfo.InvariantCulture)).Append(';').Append(Quote(e.Column)).Append(';').Append(Quote(e.Message)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
