using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>
/// The OpenAPI document as the tab's contract (tab/openapi.json, from which the tab's types are generated): the same
/// document on every machine (no server URL), a string property with [AllowedValues] described as its enum, numbers as numbers only, and nested
/// types named with their outer type (RetentionJobItem, not Item).
/// </summary>
public static class OpenApiContract
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = [];
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var allowed = context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(AllowedValuesAttribute), inherit: false)
                .OfType<AllowedValuesAttribute>().FirstOrDefault();
            if (allowed is not null)
            {
                schema.Enum = [.. allowed.Values.Select(v => (JsonNode)JsonValue.Create(v?.ToString())!)];
            }

            // The web JSON defaults also read numbers from strings, which the document shows as "integer or string";
            // the API answers numbers and the tab sends numbers, so the contract says number.
            if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && (type & JsonSchemaType.String) != 0)
            {
                schema.Type = type & ~JsonSchemaType.String;
                schema.Pattern = null;
            }

            return Task.CompletedTask;
        });
        var defaultId = options.CreateSchemaReferenceId;
        options.CreateSchemaReferenceId = type =>
            type.Type is { IsNested: true, IsGenericType: false, DeclaringType: { IsAbstract: false } outer } && defaultId(type) is { } id
                ? outer.Name + id
                : defaultId(type);
    }
}
