using System.Reflection;
using System.Text.Json;
using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Needs;

/// <summary>
/// The need categories a municipality uses. <see cref="Default"/> is the network's taxonomy (embedded
/// need-categories.json); a municipality may load its own list with <see cref="FromJson"/> or <see cref="Create"/>.
/// </summary>
public sealed class NeedCategoryCatalog
{
    /// <summary>The id every catalog keeps for needs that fit nowhere else.</summary>
    public const string OtherId = "ovrigt";

    private static readonly Lazy<NeedCategoryCatalog> DefaultCatalog = new(LoadDefault);

    private readonly Dictionary<string, NeedCategory> _byId;

    private NeedCategoryCatalog(IReadOnlyList<NeedCategory> categories)
    {
        All = categories;
        _byId = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public static NeedCategoryCatalog Default => DefaultCatalog.Value;

    public IReadOnlyList<NeedCategory> All { get; }

    public static Result<NeedCategoryCatalog> Create(IEnumerable<NeedCategory> categories)
    {
        var list = categories.ToList();
        var duplicate = list.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return new ValidationError(
                "need-category.duplicate",
                $"Kategorin \"{duplicate.Key}\" finns mer än en gång.",
                $"The category \"{duplicate.Key}\" appears more than once.");
        }

        if (list.All(c => c.Id != OtherId))
        {
            list.Add(NeedCategory.Create(OtherId, "Övrigt", "Other").Value);
        }

        return new NeedCategoryCatalog(list);
    }

    /// <summary>Reads a JSON array of objects with "id", "sv" and "en".</summary>
    public static Result<NeedCategoryCatalog> FromJson(string json)
    {
        List<CategoryDto>? dtos;
        try
        {
            dtos = JsonSerializer.Deserialize<List<CategoryDto>>(json, JsonOptions.Web);
        }
        catch (JsonException ex)
        {
            return new ValidationError(
                "need-category.json", $"Kategorilistan är inte giltig JSON: {ex.Message}", $"The category list is not valid JSON: {ex.Message}");
        }

        var categories = new List<NeedCategory>();
        foreach (var dto in dtos ?? [])
        {
            var category = NeedCategory.Create(dto.Id, dto.Sv, dto.En);
            if (!category.IsSuccess)
            {
                return category.Error;
            }

            categories.Add(category.Value);
        }

        return Create(categories);
    }

    /// <summary>The category with this id, or null.</summary>
    public NeedCategory? Find(string id) => _byId.GetValueOrDefault(id);

    public NeedCategory Other => _byId[OtherId];

    private static NeedCategoryCatalog LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NaringslivCrm.Domain.Needs.need-categories.json")
            ?? throw new InvalidOperationException("Embedded need-categories.json is missing.");
        using var reader = new StreamReader(stream);
        var result = FromJson(reader.ReadToEnd());
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.English);
    }

    private sealed record CategoryDto(string? Id, string? Sv, string? En);
}
