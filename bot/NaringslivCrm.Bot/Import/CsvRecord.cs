namespace NaringslivCrm.Bot.Import;

/// <summary>One record of a CSV file: the physical line it starts on (1 = the header) and its fields.</summary>
/// <param name="Unterminated">A quoted field was still open at the end of the file.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool Unterminated = false)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);

    public string Field(int index) => index >= 0 && index < Fields.Count ? Fields[index] : string.Empty;
}
