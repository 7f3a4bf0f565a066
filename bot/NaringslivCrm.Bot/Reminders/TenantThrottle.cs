using System.Collections.Concurrent;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>Keeps Graph calls under N per second per tenant: each call waits for its slot (TimeProvider-driven).</summary>
public sealed class TenantThrottle(TimeProvider time, int perSecond)
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
            var now = time.GetUtcNow();
            var slot = nextSlot.GetValueOrDefault(tenantId, now);
            if (slot > now)
            {
                await Task.Delay(slot - now, time, cancellationToken);
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
