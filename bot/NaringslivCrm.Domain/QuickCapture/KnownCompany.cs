using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>A registered firm the message was matched to.</summary>
public sealed record KnownCompany(OrgNumber OrgNumber, string Name);
