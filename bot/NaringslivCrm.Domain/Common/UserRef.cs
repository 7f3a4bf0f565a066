namespace NaringslivCrm.Domain.Common;

/// <summary>A user of the app: Entra object id plus the display name shown to colleagues.</summary>
public sealed record UserRef(string UserId, string DisplayName)
{
    public static Result<UserRef> Create(string? userId, string? displayName)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return new ValidationError("user.id-missing", "Användar-id saknas.", "The user id is missing.");
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? userId.Trim() : displayName.Trim();
        return new UserRef(userId.Trim(), name);
    }
}
