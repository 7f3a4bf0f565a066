using System.Globalization;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Contacts;
using NaringslivCrm.Bot.Api.FollowUps;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Api.Companies;

/// <summary>
/// A company with its whole timeline — contacts, needs, signals, follow-ups — newest first, a page of
/// <see cref="ContactsPerPage"/> contacts at a time. Each page also holds the follow-ups due between its oldest contact
/// and the previous page's, so that "Visa fler" continues the same order and every follow-up appears exactly once.
/// </summary>
public sealed class CompanyTimeline(ICompanyRepository companies, IInteractionRepository interactions, IInteractionQueries queries, IFollowUpQueries followUps, TimeProvider time)
{
    public const int ContactsPerPage = 25;

    public async Task<CompanyDetail?> BuildAsync(TabUser user, OrgNumber orgnr, TimelineCursor? cursor, CancellationToken ct)
    {
        var company = await companies.GetAsync(user.Code, orgnr, ct);
        if (company is null)
        {
            return null;
        }

        var en = user.English;
        var today = SwedishCalendar.Today(time);
        var summaries = await queries.PageByCompanyAsync(user.Code, orgnr, ContactsPerPage, cursor?.Contacts, ct);
        DateOnly? oldest = summaries.ContinuationToken is null || summaries.Items.Count == 0 ? null : summaries.Items[^1].Date;
        var fs = await followUps.OfCompanyDueBetweenAsync(user.Code, orgnr, oldest, cursor?.Before, ct);
        var loaded = (await Task.WhenAll(summaries.Items.Select(s => interactions.GetAsync(user.Code, s.Id, ct)))).OfType<Interaction>();
        var entries = new List<TimelineEntry>();
        foreach (var i in loaded)
        {
            var date = Iso(i.Date);
            entries.Add(new("interaction", date, $"{Labels.Kind(i.Kind, en)} – {i.RecordedBy.DisplayName}", Short(i.Notes), null, i.IsConfidential, i.Id.ToString("N")));
            entries.AddRange(i.Needs.Select(n => new TimelineEntry("need", date, en ? n.Category.English : n.Category.Swedish, n.Description.Length == 0 ? null : n.Description, n.Status.ToString().ToLowerInvariant(), i.IsConfidential)));
            entries.AddRange(i.Signals.Select(s => new TimelineEntry("signal", date, Labels.Signal(s.Type, en),
                string.Join(", ", s.Quantities.Select(Labels.Quantity).Append(s.TimeFrame?.Text ?? string.Empty).Where(x => x.Length > 0)) is { Length: > 0 } d ? d : null,
                s.Status.ToString().ToLowerInvariant(), i.IsConfidential)));
        }

        entries.AddRange(fs.Select(f => new TimelineEntry("followUp", Iso(f.DueDate), f.Description, f.OwnerName,
            f.Status switch { "Open" => "open", "InProgress" => "inProgress", _ => "done" }, false, f.Id.ToString("N"), FollowUpDto.From(f, today))));
        var facts = new CompanyFacts(company.OrgNumber.ToString(), company.Name, company.Sni?.ToString(), company.Address?.ToString(),
            Band(company.Employees), company.ResponsibleOfficer?.DisplayName, company.IsKeyAccount);
        return new CompanyDetail(
            facts,
            [.. entries.OrderByDescending(e => e.Date, StringComparer.Ordinal)],
            oldest is { } d ? new TimelineCursor(summaries.ContinuationToken!, d).Encode() : null);
    }

    private static string? Band(EmployeesBand band) => band switch
    {
        EmployeesBand.Unknown => null,
        EmployeesBand.None => "0",
        EmployeesBand.From1To4 => "1–4",
        EmployeesBand.From5To9 => "5–9",
        EmployeesBand.From10To19 => "10–19",
        EmployeesBand.From20To49 => "20–49",
        EmployeesBand.From50To99 => "50–99",
        EmployeesBand.From100To199 => "100–199",
        EmployeesBand.From200To499 => "200–499",
        _ => "500+",
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Short(string notes) => notes.Length == 0 ? null : notes.Length <= 500 ? notes : notes[..497] + "…";
}
