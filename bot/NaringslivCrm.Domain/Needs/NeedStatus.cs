namespace NaringslivCrm.Domain.Needs;

public enum NeedStatus
{
    Open = 0,
    Resolved = 1,
}
