using System.Text.RegularExpressions;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Finds "number + unit" in a normalized message ("1,5 MW", "200 miljoner", "2 000 m²", "40 svetsare").</summary>
internal sealed class QuantityReader
{
    private readonly NumberReader _numbers;
    private readonly List<(Regex Regex, UnitRule Rule)> _units;
    private readonly Regex _bareNumber;

    public QuantityReader(IEnumerable<UnitRule> rules, NumberReader numbers)
    {
        _numbers = numbers;
        _units = rules
            .Where(r => r.Patterns.Count > 0)
            .Select(r => (new Regex(
                $@"(?<![\p{{L}}\p{{N}}]){numbers.Pattern}\s*(?:st\.?\s+)?(?:{string.Join('|', r.Patterns.Select(p => $"(?:{TextNormalizer.NormalizePattern(p)})"))})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexGuard.Reused,
                RegexGuard.MatchTimeout), r))
            .ToList();
        _bareNumber = new Regex(
            $@"\G\s+(?:(?:ca|cirka|runt|ungefar|ytterligare)\s+)?{numbers.Pattern}(?![\p{{L}}\p{{N}}])",
            RegexGuard.Reused,
            RegexGuard.MatchTimeout);
    }

    /// <summary>A bound on the quantities read from one message (each is compared with the others found).</summary>
    public const int MaxQuantities = 100;

    public IReadOnlyList<FoundQuantity> Read(string normalized)
    {
        var found = new List<FoundQuantity>();
        foreach (var (regex, rule) in _units)
        {
            foreach (Match match in regex.Matches(normalized))
            {
                var hit = new Hit(match.Index, match.Length);
                var amount = _numbers.Parse(match.Groups["n"].Value);
                if (amount is null || found.Any(f => f.Hit.Overlaps(hit)))
                {
                    continue;
                }

                var quantity = Quantity.Create(amount.Value * rule.Multiplier, rule.Unit);
                if (quantity.IsSuccess)
                {
                    found.Add(new FoundQuantity(hit, quantity.Value, rule.Implies, rule.ImpliesNearGrowth));
                    if (found.Count == MaxQuantities)
                    {
                        return [.. found.OrderBy(f => f.Hit.Index)];
                    }
                }
            }
        }

        return [.. found.OrderBy(f => f.Hit.Index)];
    }

    /// <summary>A bare number right after <paramref name="after"/> (skipping "ca", "cirka"), or null.</summary>
    public (Hit Hit, decimal Amount)? BareNumberAfter(string normalized, Hit after)
    {
        var match = _bareNumber.Match(normalized, after.End);
        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["n"];
        var amount = _numbers.Parse(group.Value);
        return amount is null ? null : (new Hit(group.Index, group.Length), amount.Value);
    }
}
