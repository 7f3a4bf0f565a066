namespace NaringslivCrm.Domain.Signals;

/// <summary>When a signal is expected to happen, as the firm said it ("till hösten", "2027", "Q3").</summary>
/// <param name="Text">The words used, e.g. "till hösten".</param>
/// <param name="Year">The year if one was named.</param>
public sealed record TimeFrame(string Text, int? Year = null);
