using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Interactions;

/// <summary>Storage outcomes a user is told about.</summary>
public static class InteractionErrors
{
    /// <summary>The same form was saved before (a double click or a redelivered submit).</summary>
    public static ValidationError AlreadySaved { get; } = new(
        "interaction.already-saved", "Kontakten är redan sparad.", "The contact has already been saved.");
}
