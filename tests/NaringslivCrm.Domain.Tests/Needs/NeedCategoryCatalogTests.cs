using NaringslivCrm.Domain.Needs;

namespace NaringslivCrm.Domain.Tests.Needs;

public class NeedCategoryCatalogTests
{
    [Fact]
    public void Default_Loaded_HasNetworkTaxonomy()
    {
        var catalog = NeedCategoryCatalog.Default;

        Assert.Equal(13, catalog.All.Count);
        Assert.Equal("Energi", catalog.Find("energi")?.Swedish);
    }

    [Fact]
    public void FromJson_MunicipalityOwnList_AddsOther()
    {
        var result = NeedCategoryCatalog.FromJson("""[{"id":"gruvor","sv":"Gruvnäring","en":"Mining"}]""");

        Assert.Equal(["gruvor", "ovrigt"], result.Value.All.Select(c => c.Id));
    }

    [Fact]
    public void FromJson_DuplicateId_Fails()
    {
        var result = NeedCategoryCatalog.FromJson("""[{"id":"a","sv":"A"},{"id":"a","sv":"B"}]""");

        Assert.Equal("need-category.duplicate", result.Error?.Code);
    }

    [Fact]
    public void FromJson_BadId_Fails()
    {
        var result = NeedCategoryCatalog.FromJson("""[{"id":"Mark och lokaler","sv":"Mark"}]""");

        Assert.Equal("need-category.id", result.Error?.Code);
    }
}
