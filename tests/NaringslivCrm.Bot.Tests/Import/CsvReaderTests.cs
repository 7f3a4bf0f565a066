using NaringslivCrm.Bot.Import;

namespace NaringslivCrm.Bot.Tests.Import;

public sealed class CsvReaderTests
{
    [Theory]
    [InlineData("a;b;c\n1;2;3", ';')]
    [InlineData("a,b,c\n1,2,3", ',')]
    [InlineData("a\tb\tc\n1\t2\t3", '\t')]
    [InlineData("\"a,b\";c\n", ';')]
    [InlineData("\"x;y;z\",b,c\n", ',')]
    public void DetectSeparator_HeaderLine_MostFrequentOutsideQuotes(string text, char expected)
    {
        Assert.Equal(expected, CsvReader.DetectSeparator(text));
    }

    [Fact]
    public void Read_QuotedFieldsWithSeparatorQuoteAndLineBreak_Rfc4180Values()
    {
        var records = CsvReader.Read("namn;ort\r\n\"Svets; Plåt \"\"AB\"\"\";\"Rad1\r\nRad2\"\r\nNästa;Ort\r\n", ';');

        Assert.Equal(["Svets; Plåt \"AB\"", "Rad1\r\nRad2"], records[1].Fields);
        Assert.Equal(["Nästa", "Ort"], records[2].Fields);
    }

    [Fact]
    public void Read_LineBreakInsideQuotes_NextRecordKeepsPhysicalLineNumber()
    {
        var records = CsvReader.Read("a;b\n\"x\ny\";1\nz;2", ';');

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
    }

    [Theory]
    [InlineData("a;b\r\n1;2\r\n")]
    [InlineData("a;b\n1;2\n")]
    [InlineData("a;b\r1;2")]
    public void Read_AnyLineEnding_TwoRecords(string text)
    {
        var records = CsvReader.Read(text, ';');

        Assert.Equal(2, records.Count);
        Assert.Equal(["1", "2"], records[1].Fields);
    }

    [Fact]
    public void Read_QuoteNeverClosed_LastRecordMarkedUnterminated()
    {
        var records = CsvReader.Read("a;b\n\"open;1\n2;3", ';');

        Assert.True(records[^1].Unterminated);
        Assert.Equal(2, records[^1].Line);
    }

    [Fact]
    public void Read_EmptyFieldsAndBlankLine_KeptAsEmpty()
    {
        var records = CsvReader.Read("a;b;c\n;;\n\n1;;3", ';');

        Assert.True(records[1].IsBlank);
        Assert.Equal(["1", "", "3"], records[^1].Fields);
        Assert.Equal(4, records[^1].Line);
    }
}
