using CsCheck;
using NaringslivCrm.Bot.Storage;

namespace NaringslivCrm.Bot.Tests.Storage;

public sealed class TableKeysTests
{
    [Fact]
    public void Escape_AnyString_NoForbiddenCharacterAndRoundTrips()
    {
        Gen.String[Gen.Char, 0, 80].Sample(s =>
        {
            var key = TableKeys.Escape(s);
            return key.All(c => c is not ('/' or '\\' or '#' or '?') && !char.IsControl(c)) && TableKeys.Unescape(key) == s;
        });
    }

    [Fact]
    public void Escape_DistinctInputs_DistinctKeys()
    {
        Gen.Select(Gen.String, Gen.String).Sample((a, b) => a == b || TableKeys.Escape(a) != TableKeys.Escape(b));
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1")]
    [InlineData("a:1/2#3?4\\5")]
    [InlineData("PartitionKey eq 'x' or true")]
    public void Escape_TeamsAndHostileIds_LegalKeys(string id)
    {
        Assert.DoesNotContain(TableKeys.Escape(id), c => c is '/' or '\\' or '#' or '?');
    }

    [Fact]
    public void Escape_KeySeparator_Escaped()
    {
        Assert.Equal("a%7CO", TableKeys.Escape("a|O"));
    }
}
