using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

internal readonly record struct FoundQuantity(Hit Hit, Quantity Quantity, SignalType? Implies, SignalType? ImpliesNearGrowth);
