namespace NaringslivCrm.Bot.Import;

/// <summary>Why one row (or the file, line 0) was refused: the line, the column as headed in the file, a Swedish message.</summary>
public sealed record ImportError(int Line, string Column, string Message);
