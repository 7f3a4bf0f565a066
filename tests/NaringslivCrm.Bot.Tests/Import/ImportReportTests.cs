using System.Text;
using NaringslivCrm.Bot.Import;

namespace NaringslivCrm.Bot.Tests.Import;

public sealed class ImportReportTests
{
    [Fact]
    public void WriteErrors_RowError_LineColumnAndMessage()
    {
        var report = new ImportReport();
        report.Add(new ParsedRow(null, [new ImportError(7, "orgnr", "Organisationsnummer saknas.")]));
        using var writer = new StringWriter();

        report.WriteErrors(writer);

        Assert.Equal("rad 7, orgnr: Organisationsnummer saknas." + Environment.NewLine, writer.ToString());
    }

    [Fact]
    public void ToCsv_MessageWithSeparatorAndQuotes_QuotedUtf8WithBom()
    {
        var report = new ImportReport();
        report.Add(new ParsedRow(null, [new ImportError(3, "namn", "Fel; \"x\"")]));

        var bytes = report.ToCsv();

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.EndsWith("3;namn;\"Fel; \"\"x\"\"\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
