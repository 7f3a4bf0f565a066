using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>Collects signal hits into one draft per signal type, with quantities and the nearest time frame.</summary>
internal sealed class SignalBuilder(
    string text, IReadOnlyList<(int Start, int End)> sentences, IReadOnlyList<(Hit Hit, TimeFrame TimeFrame)> timeFrames)
{
    private readonly List<(SignalType Type, Hit Hit, List<Quantity> Quantities)> _signals = [];

    public void Add(SignalType type, Hit hit)
    {
        if (!_signals.Exists(s => s.Type == type))
        {
            _signals.Add((type, hit, []));
        }
    }

    public void Measure(SignalType type, Hit hit, Quantity quantity)
    {
        Add(type, hit);
        var quantities = _signals.First(s => s.Type == type).Quantities;
        if (!quantities.Contains(quantity))
        {
            quantities.Add(quantity);
        }
    }

    public List<SignalDraft> Build() =>
    [
        .. _signals.OrderBy(s => s.Hit.Index).Select(s => new SignalDraft(s.Type, s.Quantities, NearestTimeFrame(s.Hit), text.Substring(s.Hit.Index, s.Hit.Length))),
    ];

    private TimeFrame? NearestTimeFrame(Hit hit)
    {
        var sentence = TextNormalizer.SentenceOf(sentences, hit.Index);
        return timeFrames
            .Where(t => t.Hit.Index >= sentence.Start && t.Hit.Index <= sentence.End)
            .OrderBy(t => t.Hit.DistanceTo(hit))
            .Select(t => t.TimeFrame)
            .FirstOrDefault();
    }
}
