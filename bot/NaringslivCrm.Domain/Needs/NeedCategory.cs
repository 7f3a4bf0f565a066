using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Needs;

/// <summary>A category of need a firm states (e.g. "energi"), with Swedish and English labels.</summary>
public sealed record NeedCategory
{
    private NeedCategory(string id, string swedish, string english)
    {
        Id = id;
        Swedish = swedish;
        English = english;
    }

    /// <summary>Stable id, lower case ASCII with hyphens, e.g. "mark-och-lokaler".</summary>
    public string Id { get; }

    public string Swedish { get; }

    public string English { get; }

    public static Result<NeedCategory> Create(string? id, string? swedish, string? english)
    {
        var trimmed = id?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || !trimmed.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return new ValidationError(
                "need-category.id",
                $"Kategori-id \"{trimmed}\" får bara innehålla a–z, 0–9 och bindestreck.",
                $"The category id \"{trimmed}\" may only contain a–z, 0–9 and hyphens.");
        }

        if (string.IsNullOrWhiteSpace(swedish))
        {
            return Errors.Required("category label", "kategorins namn");
        }

        return new NeedCategory(trimmed, swedish.Trim(), string.IsNullOrWhiteSpace(english) ? swedish.Trim() : english.Trim());
    }

    public override string ToString() => Id;
}
