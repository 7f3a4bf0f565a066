using CsCheck;
using F23.StringSimilarity;
using NaringslivCrm.Domain.QuickCapture;

namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>The domain's own similarity gives the fuzzy firm-name matcher the values F23's NormalizedLevenshtein gave it.</summary>
public class NameSimilarityTests
{
    private static readonly Gen<string> Names = Gen.String[Gen.Char["aåäöbcdeklmnrst "], 0, 24];

    [Fact]
    public void Of_AnyTwoNames_SameAsF23NormalizedLevenshtein()
    {
        var f23 = new NormalizedLevenshtein();
        Gen.Select(Names, Names).Sample((a, b) => Assert.Equal(f23.Similarity(a, b), NameSimilarity.Of(a, b), 12));
    }

    [Theory]
    [InlineData("malmteknink", "malmteknik", 1)]
    [InlineData("kalixkabel", "kalixkabelab", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("hultsfred", "hultsfred", 0)]
    public void Distance_KnownPairs_EditsCounted(string a, string b, int edits)
    {
        Assert.Equal(edits, NameSimilarity.Distance(a, b));
        Assert.Equal(edits, NameSimilarity.Distance(b, a));
    }
}
