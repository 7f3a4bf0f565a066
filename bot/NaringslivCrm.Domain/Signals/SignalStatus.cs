namespace NaringslivCrm.Domain.Signals;

public enum SignalStatus
{
    Open = 0,
    Resolved = 1,
}
