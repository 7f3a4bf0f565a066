namespace NaringslivCrm.Domain.Common;

/// <summary>Why an input or a command was refused: a stable code plus a message in Swedish and English.</summary>
public sealed record ValidationError(string Code, string Swedish, string English)
{
    public override string ToString() => $"{Code}: {English}";
}
