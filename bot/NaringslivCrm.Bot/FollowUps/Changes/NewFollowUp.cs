using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Bot.FollowUps.Changes;

/// <summary>A follow-up to add: the id comes from the form, so pressing save twice adds it once.</summary>
public sealed record NewFollowUp(Guid Id, OrgNumber Company, Guid? InteractionId, string? Description, DateOnly DueDate);
