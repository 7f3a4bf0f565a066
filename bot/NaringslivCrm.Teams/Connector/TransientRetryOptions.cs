namespace NaringslivCrm.Teams.Connector;

/// <summary>How often and how long to retry throttled or failing calls.</summary>
public sealed class TransientRetryOptions
{
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
