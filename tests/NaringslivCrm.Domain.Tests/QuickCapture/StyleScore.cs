namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>Pooled counts for the notes of one writing style: categories and signals found, missed and extra.</summary>
internal sealed record StyleScore(string Style, int Notes, int Found, int Missed, int Extra)
{
    public double Recall => Found + Missed == 0 ? 1 : (double)Found / (Found + Missed);

    public double Precision => Found + Extra == 0 ? 1 : (double)Found / (Found + Extra);

    public StyleScore Add(
        IEnumerable<(string Label, bool Expected, bool Found)> categories, IEnumerable<(string Label, bool Expected, bool Found)> signals)
    {
        var all = categories.Concat(signals).ToList();
        return this with
        {
            Notes = Notes + 1,
            Found = Found + all.Count(o => o.Expected && o.Found),
            Missed = Missed + all.Count(o => o.Expected && !o.Found),
            Extra = Extra + all.Count(o => !o.Expected && o.Found),
        };
    }
}
