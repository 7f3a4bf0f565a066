using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Bot.Demo;

/// <summary>The demo's business office: three officers (Anna is the näringslivschef).</summary>
public static class DemoOfficers
{
    public static UserRef Anna { get; } = new("demo-anna", "Anna Lindqvist");

    public static UserRef Erik { get; } = new("demo-erik", "Erik Johansson");

    public static UserRef Sara { get; } = new("demo-sara", "Sara Nilsson");

    /// <summary>The manager (chef) of the demo office.</summary>
    public static UserRef Manager => Anna;

    public static IReadOnlyList<UserRef> Officers { get; } = [Anna, Erik, Sara];
}
