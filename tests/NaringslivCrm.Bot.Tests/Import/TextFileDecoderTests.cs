using System.Text;
using NaringslivCrm.Bot.Import;

namespace NaringslivCrm.Bot.Tests.Import;

public sealed class TextFileDecoderTests
{
    private const string Swedish = "namn;ort\nÅkerlunds Smide;Örnsköldsvik";

    [Fact]
    public void Decode_Utf8WithBom_BomRemoved()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Swedish)).ToArray();

        var decoded = TextFileDecoder.Decode(bytes);

        Assert.Equal(Swedish, decoded.Text);
        Assert.Equal("UTF-8 (BOM)", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Utf8WithoutBom_Utf8()
    {
        var decoded = TextFileDecoder.Decode(Encoding.UTF8.GetBytes(Swedish));

        Assert.Equal(Swedish, decoded.Text);
        Assert.Equal("UTF-8", decoded.EncodingName);
    }

    [Fact]
    public void Decode_InvalidUtf8_Windows1252()
    {
        var decoded = TextFileDecoder.Decode(File.ReadAllBytes(SampleFiles.Windows1252));

        Assert.Equal("Windows-1252", decoded.EncodingName);
        Assert.Contains("Åkerlunds Elinstallation", decoded.Text);
        Assert.Contains("anställda", decoded.Text);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_Utf16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Swedish)).ToArray();

        Assert.Equal(Swedish, TextFileDecoder.Decode(bytes).Text);
    }
}
