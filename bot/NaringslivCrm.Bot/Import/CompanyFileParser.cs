using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Import;

/// <summary>A register file's bytes → an <see cref="ImportReport"/>: decoding, separator, headers, every row validated.</summary>
public static class CompanyFileParser
{
    public static ImportReport Parse(byte[] bytes, MunicipalityCode municipality)
    {
        var decoded = TextFileDecoder.Decode(bytes);
        var separator = CsvReader.DetectSeparator(decoded.Text);
        var report = new ImportReport { EncodingName = decoded.EncodingName, Separator = separator };
        var records = CsvReader.Read(decoded.Text, separator).Where(r => !r.IsBlank).ToList();
        if (records.Count == 0)
        {
            report.AddFileError("Filen är tom: den ska börja med en rubrikrad (organisationsnummer;namn;…).");
            return report;
        }

        var columns = CompanyColumns.FromHeader(records[0]);
        if (!columns.IsSuccess)
        {
            report.AddFileError(columns.Error.Swedish);
            return report;
        }

        var parser = new CompanyRowParser(municipality, columns.Value, records[0].Fields.Count);
        foreach (var record in records.Skip(1))
        {
            report.Add(parser.Parse(record));
        }

        return report;
    }
}
