using System.Text;

namespace NaringslivCrm.Bot.Api.Csv;

/// <summary>
/// CSV that opens right in Swedish Excel: UTF-8 with BOM, semicolon, CRLF, RFC 4180 quoting, and cells that start
/// with = + - @ prefixed with an apostrophe so a spreadsheet never runs them as formulas. Written row by row.
/// </summary>
public static class CsvExport
{
    public static async Task<IResult> WriteAsync(HttpContext http, string fileName, IReadOnlyList<string> headers, Func<Func<IReadOnlyList<string?>, Task>, Task> rows)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await http.Response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray());
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await writer.WriteAsync(Line(headers));
        await rows(async cells => await writer.WriteAsync(Line(cells)));
        await writer.FlushAsync();
        return Results.Empty;
    }

    public static string Line(IEnumerable<string?> cells) => string.Join(';', cells.Select(Cell)) + "\r\n";

    public static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
