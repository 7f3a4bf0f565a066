using NaringslivCrm.Domain.Interactions;

namespace NaringslivCrm.Bot.Demo;

/// <summary>A template for one demo interaction: what was said, the needs and signals, the follow-ups it created.</summary>
public sealed record DemoStory(
    InteractionKind Kind, string Notes, bool Confidential, IReadOnlyList<DemoNeed> Needs, IReadOnlyList<DemoSignal> Signals, IReadOnlyList<DemoFollowUp> FollowUps);
