using System.Collections.Concurrent;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// Keeps Graph calls under N per second per tenant: each call waits for its slot. Slots are measured on the real
/// clock (a rate limit is about real seconds, also when the app's calendar clock is a test clock).
/// </summary>
public sealed class TenantThrottle(int perSecond)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> nextSlot = new();
    private readonly TimeSpan spacing = TimeSpan.FromSeconds(1.0 / Math.Max(1, perSecond));

    public async Task WaitAsync(string tenantId, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(tenantId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = DateTimeOffset.UtcNow;
            var slot = nextSlot.GetValueOrDefault(tenantId, now);
            if (slot > now)
            {
                await Task.Delay(slot - now, cancellationToken);
                now = slot;
            }

            nextSlot[tenantId] = now + spacing;
        }
        finally
        {
            gate.Release();
        }
    }
}
