using NaringslivCrm.Domain.Needs;

namespace NaringslivCrm.Bot.Demo;

/// <summary>A need stated in a demo interaction; Category is a NeedCategoryCatalog id.</summary>
public sealed record DemoNeed(string Category, string Description, NeedSeverity Severity = NeedSeverity.Medium);
