namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>The registered firm a message names (exactly or by a near spelling) and the closest others.</summary>
internal sealed record CompanyMatch(KnownCompany? Company, bool Guessed, IReadOnlyList<KnownCompany> Suggestions)
{
    public static readonly CompanyMatch None = new(null, false, []);
}
