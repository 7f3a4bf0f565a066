namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Words that show a need of a category ("svetsare" → kompetensförsörjning).</summary>
/// <param name="Category">A <see cref="Needs.NeedCategory"/> id.</param>
public sealed record CategoryRule(string Category, IReadOnlyList<string> Patterns);
