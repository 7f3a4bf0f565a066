namespace NaringslivCrm.Bot.Import;

/// <summary>A file's text and the encoding it was read with.</summary>
public sealed record DecodedText(string Text, string EncodingName);
