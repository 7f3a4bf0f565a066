using System.Text;

namespace NaringslivCrm.Bot.Import;

/// <summary>
/// Reads CSV per RFC 4180 (quoted fields, "" for a quote, line breaks inside quotes) with CRLF, LF or CR line ends.
/// The separator is detected from the first line: ';' (Swedish Excel), ',' or tab, whichever occurs most outside quotes.
/// </summary>
public static class CsvReader
{
    public static char DetectSeparator(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > semicolons && tabs > commas ? '\t' : commas > semicolons ? ',' : ';';
    }

    /// <summary>All records, blank lines included (callers skip them), each with the line it starts on.</summary>
    public static IReadOnlyList<CsvRecord> Read(string text, char separator)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += IsLineBreak(text, i) ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                records.Add(new CsvRecord(recordLine, [.. fields]));
                fields.Clear();
                field.Clear();
                fieldStarted = false;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (quoted || fieldStarted || fields.Count > 0 || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, [.. fields], Unterminated: quoted));
        }

        return records;
    }

    /// <summary>True for a line break inside a quoted field (CRLF counts once, on its LF).</summary>
    private static bool IsLineBreak(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
}
