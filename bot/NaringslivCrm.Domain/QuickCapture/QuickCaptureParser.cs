using System.Text;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Domain.QuickCapture;

/// <summary>
/// Turns a free Swedish message ("Besök Ovako 556xxx-xxxx: behöver 40 svetsare till hösten, effektbehov 5 MW")
/// into a <see cref="QuickCaptureDraft"/>. All wording lives in <see cref="QuickCaptureRules"/>. Thread-safe.
/// </summary>
public sealed class QuickCaptureParser
{
    private readonly QuickCaptureRules _rules;
    private readonly NeedCategoryCatalog _catalog;
    private readonly List<(InteractionKind Kind, PatternSet Patterns)> _kinds;
    private readonly List<(string Category, PatternSet Patterns)> _categories;
    private readonly List<(SignalRule Rule, PatternSet Patterns)> _signals;
    private readonly HashSet<string> _negations;
    private readonly QuantityReader _quantities;
    private readonly TimeFrameReader _timeFrames;
    private readonly CompanyMatcher _companies;
    private readonly RelativeDateReader _dates;
    private readonly PatternSet _resolutions;

    /// <summary>How many characters of a message are read; the rest is kept in the draft's text but not parsed.</summary>
    public const int MaxParsedLength = 4_000;

    public QuickCaptureParser(QuickCaptureRules rules, NeedCategoryCatalog catalog)
    {
        _rules = rules;
        _catalog = catalog;
        _kinds = [.. rules.Kinds.Select(k => (k.Kind, new PatternSet(k.Patterns)))];
        _categories = [.. rules.Categories.Select(c => (c.Category, new PatternSet(c.Patterns)))];
        _signals = [.. rules.Signals.Select(s => (s, new PatternSet(s.Patterns)))];
        _negations = rules.Negations.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _quantities = new QuantityReader(rules.Units, new NumberReader(rules.NumberWords));
        _timeFrames = new TimeFrameReader(rules.TimeFrames);
        _companies = new CompanyMatcher(rules.CompanySuffixes, [.. rules.NameStopWords, .. rules.Negations], rules.NameEndWords);
        _dates = new RelativeDateReader(rules.RelativeDates);
        _resolutions = new PatternSet(rules.Resolutions);
    }

    /// <summary>A parser with the default rules and need categories.</summary>
    public QuickCaptureParser()
        : this(QuickCaptureRules.Default, NeedCategoryCatalog.Default)
    {
    }

    /// <param name="message">The officer's message as typed.</param>
    /// <param name="knownCompanies">The municipality's registered firms, to match the message against.</param>
    public QuickCaptureDraft Parse(string message, IEnumerable<(OrgNumber OrgNumber, string Name)> knownCompanies) =>
        Parse(message, knownCompanies, today: null);

    /// <param name="message">The officer's message as typed.</param>
    /// <param name="knownCompanies">The municipality's registered firms, to match the message against (prepared for
    /// this one message: a caller parsing many messages keeps a <see cref="Register"/> instead).</param>
    /// <param name="today">The officer's date, to resolve "igår" or "i måndags"; null leaves the date unread.</param>
    public QuickCaptureDraft Parse(
        string message, IEnumerable<(OrgNumber OrgNumber, string Name)> knownCompanies, DateOnly? today) =>
        Parse(message, _companies.Register(knownCompanies, singleUse: true), today);

    /// <summary>The registered firms prepared for matching once; reuse it until the register changes.</summary>
    public CompanyRegister Register(IEnumerable<(OrgNumber OrgNumber, string Name)> knownCompanies) => _companies.Register(knownCompanies);

    /// <param name="message">The officer's message as typed.</param>
    /// <param name="register">The municipality's registered firms from <see cref="Register"/>.</param>
    /// <param name="today">The officer's date, to resolve "igår" or "i måndags"; null leaves the date unread.</param>
    public QuickCaptureDraft Parse(string message, CompanyRegister register, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(register);
        var full = TextNormalizer.ReplaceLoneSurrogates(message ?? string.Empty).Normalize(NormalizationForm.FormC);

        // Only the start of a long note is read (the draft keeps the whole text): bounds the work per message.
        var text = full.Length <= MaxParsedLength ? full : full[..MaxParsedLength];
        var normalized = TextNormalizer.Normalize(text);
        var sentences = TextNormalizer.Sentences(normalized);

        var orgHit = CompanyMatcher.FindOrgNumber(text);
        var orgNumber = orgHit is { } h ? OrgNumber.Parse(text.Substring(h.Index, h.Length)) : null;
        var byNumber = orgNumber is { IsSuccess: true }
            ? register.ByOrgNumber.GetValueOrDefault(orgNumber.Value)
            : null;

        var byName = byNumber is null ? _companies.Match(text, register) : CompanyMatch.None;
        var candidate = _companies.Candidate(text, orgHit);

        // The firm's own name says nothing about its needs: "Sundsvalls Vätgas" is no hydrogen project.
        var content = _companies.Mask(normalized, (byNumber ?? byName.Company)?.Name, candidate, register);
        var timeFrames = _timeFrames.Read(text, normalized);
        var signals = FindSignals(text, content, sentences, timeFrames);
        var kind = FindKind(normalized);
        return new QuickCaptureDraft
        {
            Text = full,
            Kind = kind?.Kind,
            Date = today is { } day ? _dates.Read(normalized, TextNormalizer.SentenceOf(sentences, kind?.Index ?? 0), day) : null,
            OrgNumber = orgNumber is { IsSuccess: true } ? orgNumber.Value : null,
            OrgNumberError = orgNumber?.Error,
            RefusedOrgNumberText = orgNumber is { IsSuccess: false } && orgHit is { } refused ? text.Substring(refused.Index, refused.Length) : null,
            Company = byNumber ?? byName.Company,
            CompanyGuessed = byName.Guessed,
            CompanySuggestions = byName.Suggestions,
            CompanyNameCandidate = candidate,
            Categories = FindCategories(content, sentences, signals),
            Signals = signals,
            TimeFrame = timeFrames.Select(t => t.TimeFrame).FirstOrDefault(t => t.Year is not null)
                ?? timeFrames.Select(t => t.TimeFrame).FirstOrDefault(),
        };
    }

    private (InteractionKind Kind, int Index)? FindKind(string normalized) =>
        _kinds
            .SelectMany((k, order) => k.Patterns.Matches(normalized).Take(1).Select(m => (k.Kind, m.Index, order)))
            .OrderBy(k => k.Index)
            .ThenBy(k => k.order)
            .Select(k => ((InteractionKind, int)?)(k.Kind, k.Index))
            .FirstOrDefault();

    private List<NeedCategory> FindCategories(
        string normalized, IReadOnlyList<(int Start, int End)> sentences, IReadOnlyList<SignalDraft> signals)
    {
        var ids = _categories
            .Where(c => c.Patterns.Matches(normalized).Any(m => !IsNegated(normalized, m.Index, sentences)))
            .Select(c => c.Category)
            .Concat(signals.Select(s => _rules.Signals.FirstOrDefault(r => r.Type == s.Type)?.Category).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        return [.. _catalog.All.Where(c => ids.Contains(c.Id))];
    }

    private List<SignalDraft> FindSignals(
        string text, string normalized, IReadOnlyList<(int Start, int End)> sentences, IReadOnlyList<(Hit Hit, TimeFrame TimeFrame)> timeFrames)
    {
        var found = new List<(SignalRule Rule, Hit Hit)>();
        foreach (var (rule, patterns) in _signals)
        {
            found.AddRange(patterns.Matches(normalized)
                .Where(m => !IsNegated(normalized, m.Index, sentences))
                .Select(m => (rule, new Hit(m.Index, m.Length)))
                .Where(f => !IsResolved(normalized, f.Item2, sentences)));
        }

        var builder = new SignalBuilder(text, sentences, timeFrames);
        foreach (var (rule, hit) in found.OrderBy(f => f.Hit.Index))
        {
            builder.Add(rule.Type, hit);
        }

        var quantities = _quantities.Read(normalized).ToList();
        foreach (var (rule, hit) in found.Where(f => f.Rule.BareNumber is not null))
        {
            if (_quantities.BareNumberAfter(normalized, hit) is { } bare && !quantities.Exists(q => q.Hit.Overlaps(bare.Hit)))
            {
                var quantity = Quantity.Create(bare.Amount, rule.BareNumber!.Value);
                if (quantity.IsSuccess)
                {
                    builder.Measure(rule.Type, hit, quantity.Value);
                }
            }
        }

        foreach (var quantity in quantities)
        {
            var owner = found
                .Where(f => (f.Rule.Units ?? []).Contains(quantity.Quantity.Unit) && SameSentence(sentences, f.Hit, quantity.Hit))
                .OrderBy(f => f.Hit.DistanceTo(quantity.Hit))
                .Select(f => ((SignalType, Hit)?)(f.Rule.Type, f.Hit))
                .FirstOrDefault() ?? Implied(quantity, found, sentences);
            if (owner is { } o)
            {
                builder.Measure(o.Item1, o.Item2, quantity.Quantity);
            }
        }

        return builder.Build();
    }

    /// <summary>Whether a negation word is among the <see cref="QuickCaptureRules.NegationWindow"/> words before
    /// <paramref name="index"/> in its sentence. Walks back at most that many words, so the cost does not grow with
    /// the sentence.</summary>
    private static (SignalType, Hit)? Implied(
        FoundQuantity quantity, List<(SignalRule Rule, Hit Hit)> found, IReadOnlyList<(int Start, int End)> sentences)
    {
        if (quantity.Implies is { } implied)
        {
            return (implied, quantity.Hit);
        }

        var growth = quantity.ImpliesNearGrowth is { } near
            && found.Exists(f => Signal.KindOf(f.Rule.Type) == SignalKind.Expansion && SameSentence(sentences, f.Hit, quantity.Hit));
        return growth ? (quantity.ImpliesNearGrowth!.Value, quantity.Hit) : null;
    }

    /// <summary>Whether the matter is closed right after the hit ("rekonstruktionen är avslutad").</summary>
    private bool IsResolved(string normalized, Hit hit, IReadOnlyList<(int Start, int End)> sentences)
    {
        var end = Math.Min(TextNormalizer.SentenceOf(sentences, hit.Index).End, hit.End + _rules.ResolutionReach);
        return end > hit.End && _resolutions.Matches(normalized[hit.End..end]).Any();
    }

    private bool IsNegated(string normalized, int index, IReadOnlyList<(int Start, int End)> sentences)
    {
        if (_negations.Count == 0)
        {
            return false;
        }

        var start = TextNormalizer.SentenceOf(sentences, index).Start;
        var end = index;
        for (var words = 0; words < _rules.NegationWindow && end > start; words++)
        {
            while (end > start && normalized[end - 1] is ' ' or ':')
            {
                end--;
            }

            if (end > start && normalized[end - 1] == ',')
            {
                return false; // "vill sälja, ingen köpare, kan bli nedläggning": a comma ends what "ingen" denies.
            }

            var begin = end;
            while (begin > start && normalized[begin - 1] is not (' ' or ',' or ':'))
            {
                begin--;
            }

            if (begin < end && _negations.Contains(normalized[begin..end]))
            {
                return true;
            }

            end = begin;
        }

        return false;
    }

    private static bool SameSentence(IReadOnlyList<(int Start, int End)> sentences, Hit a, Hit b) =>
        TextNormalizer.SentenceOf(sentences, a.Index) == TextNormalizer.SentenceOf(sentences, b.Index);
}
