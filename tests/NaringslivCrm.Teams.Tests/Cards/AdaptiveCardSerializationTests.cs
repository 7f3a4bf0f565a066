using System.Text.Json;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Teams.Tests.Cards;

public sealed class AdaptiveCardSerializationTests
{
    [Fact]
    public void Serialize_CardWithEveryElement_WritesTypeDiscriminatorsFirst()
    {
        var json = SampleCards.Everything().ToJson();

        using var doc = JsonDocument.Parse(json);
        var body = doc.RootElement.GetProperty("body");
        Assert.Equal("AdaptiveCard", doc.RootElement.EnumerateObject().First().Value.GetString());
        Assert.All(body.EnumerateArray(), e => Assert.Equal("type", e.EnumerateObject().First().Name));
        Assert.Equal("1.5", doc.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Serialize_ChoiceSetWithDataQuery_UsesChoicesDataProperty()
    {
        var json = SampleCards.Everything().ToJson();

        Assert.Contains("\"choices.data\":{\"type\":\"Data.Query\",\"dataset\":\"companies\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ExecuteWithSubmitFallback_BothTyped()
    {
        var json = SampleCards.Everything().ToJson();

        Assert.Contains("\"type\":\"Action.Execute\",\"verb\":\"save\"", json, StringComparison.Ordinal);
        Assert.Contains("\"fallback\":{\"type\":\"Action.Submit\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_RefreshWithUserIds_Included()
    {
        var json = SampleCards.Everything().ToJson();

        Assert.Contains("\"refresh\":{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"refresh\"", json, StringComparison.Ordinal);
        Assert.Contains("\"userIds\":[\"29:a\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SizeInBytes_SampleCard_UnderTeamsBudget()
    {
        Assert.InRange(SampleCards.Everything().SizeInBytes(), 1, CardAttachments.MaxCardBytes);
    }
}
