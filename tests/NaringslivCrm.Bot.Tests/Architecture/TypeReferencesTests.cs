using Azure;
using Azure.Data.Tables;

namespace NaringslivCrm.Bot.Tests.Architecture;

/// <summary>The checker finds an SDK type wherever a feature hides it, and lets a clean type pass.</summary>
public sealed class TypeReferencesTests
{
    [Theory]
    [InlineData(typeof(Fixtures.Digest.FieldOfSdkType), "field")]
    [InlineData(typeof(Fixtures.Digest.SdkInSignature), "parameter")]
    [InlineData(typeof(Fixtures.Digest.SdkOnlyInBody), "body")]
    [InlineData(typeof(Fixtures.Digest.SdkInAsyncBody), "body")]
    [InlineData(typeof(Fixtures.Digest.SdkInLambda), "body")]
    [InlineData(typeof(Fixtures.Digest.SdkInGenericArgument), "return")]
    [InlineData(typeof(Fixtures.Digest.SdkBaseType), "base type")]
    public void SdkViolations_FeatureTypeUsingAzure_Reported(Type bad, string where)
    {
        var found = Layers.SdkViolations([bad]).ToList();

        Assert.Contains(found, v => v.Contains("Azure.", StringComparison.Ordinal) && v.Contains(where, StringComparison.Ordinal));
    }

    [Fact]
    public void SdkViolations_CleanFeatureType_NothingReported()
    {
        Assert.Empty(Layers.SdkViolations([typeof(Fixtures.Digest.Clean)]));
    }

    [Fact]
    public void DomainAndWireViolations_ForbiddenAssembly_Reported()
    {
        var self = typeof(TypeReferencesTests).Assembly;

        Assert.NotEmpty(Layers.DomainViolations([typeof(Fixtures.Digest.FieldOfSdkType)], self));
        Assert.NotEmpty(Layers.WireViolations([typeof(Fixtures.Digest.UsesHost)], typeof(NaringslivCrm.Bot.Hosting.StorageRegistration).Assembly));
        Assert.Empty(Layers.DomainViolations([typeof(Fixtures.Digest.Clean)], self));
    }
}
