using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.FollowUps.Changes;

/// <summary>
/// Who asks for a change, in which municipality, and whether they hold the manager role. The tab's token carries the
/// role; a chat activity carries none, so in chat <see cref="IsManager"/> is false (see docs/reliability.md).
/// </summary>
public sealed record FollowUpActor(MunicipalityCode Municipality, UserRef User, bool IsManager);
