
namespace NaringslivCrm.Bot.Import;

/// <summary>A row's register data, or the reasons it was refused.</summary>
public sealed record ParsedRow(CompanyRegisterRow? Row, IReadOnlyList<ImportError> Errors);
