using NaringslivCrm.Domain.Interactions;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Words that tell the kind of interaction ("besök", "ringde", "teams").</summary>
public sealed record KindRule(InteractionKind Kind, IReadOnlyList<string> Patterns);
