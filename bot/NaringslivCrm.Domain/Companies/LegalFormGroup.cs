namespace NaringslivCrm.Domain.Companies;

/// <summary>The legal-form group told by an organisationsnummer's first digit (Skatteverket SKV 709).</summary>
public enum LegalFormGroup
{
    /// <summary>1: dödsbo (estate of a deceased person).</summary>
    Estate = 1,

    /// <summary>2: stat, region, kommun, församling.</summary>
    PublicSector = 2,

    /// <summary>3: utländskt företag med filial eller fast driftställe.</summary>
    ForeignCompany = 3,

    /// <summary>5: aktiebolag.</summary>
    LimitedCompany = 5,

    /// <summary>6: enkelt bolag.</summary>
    SimplePartnership = 6,

    /// <summary>7: ekonomisk förening, bostadsrättsförening.</summary>
    EconomicAssociation = 7,

    /// <summary>8: ideell förening, stiftelse.</summary>
    NonProfitOrFoundation = 8,

    /// <summary>9: handelsbolag, kommanditbolag.</summary>
    Partnership = 9,
}
