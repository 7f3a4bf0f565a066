using System.Globalization;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Privacy.PersonalData;

/// <summary>
/// GDPR Art. 15: everything the municipality holds about one person — as a contact person of a firm, as a participant
/// of a contact, and every note, need, signal and follow-up text that mentions them. Confidential notes are included
/// and flagged: the manager decides with the data protection officer what secrecy (OSL) keeps back before handing out.
/// </summary>
public sealed class RegisterExtract(ICompanyRepository companies, IPersonalDataStore store)
{
    public sealed record ContactRecord(string OrgNr, string CompanyName, string Name, string? Role, string? WorkPhone, string? WorkEmail);

    public sealed record InteractionRecord(string Id, string OrgNr, string Date, string Kind, bool Participant, bool Confidential, IReadOnlyList<string> Texts);

    public sealed record FollowUpRecord(string Id, string OrgNr, string DueDate, string Status, IReadOnlyList<string> Texts);

    public sealed record Result(IReadOnlyList<ContactRecord> Contacts, IReadOnlyList<InteractionRecord> Interactions, IReadOnlyList<FollowUpRecord> FollowUps)
    {
        public int Count => Contacts.Count + Interactions.Count + FollowUps.Count;
    }

    public async Task<Result> FindAsync(MunicipalityCode m, PersonQuery person, CancellationToken ct)
    {
        var contacts = (await companies.ListAsync(m, ct))
            .SelectMany(c => c.Contacts.Where(person.IsContact).Select(p => new ContactRecord(c.OrgNumber.ToString(), c.Name, p.Name, p.Role, p.WorkPhone, p.WorkEmail)))
            .ToList();

        var interactions = new List<InteractionRecord>();
        await foreach (var i in store.InteractionsAsync(m, ct))
        {
            var texts = new[] { i.Notes }.Concat(i.Needs.Select(n => n.Description)).Concat(i.Signals.Select(s => s.Description)).Where(person.Mentions).ToList();
            var participant = i.Participants.Any(person.Mentions);
            if (participant || texts.Count > 0)
            {
                interactions.Add(new InteractionRecord(i.Id.ToString("N"), i.Company.ToString(), Iso(i.Date), i.Kind.ToString(), participant, i.IsConfidential, texts));
            }
        }

        var followUps = new List<FollowUpRecord>();
        await foreach (var f in store.FollowUpsAsync(m, ct))
        {
            var texts = f.Texts().Where(person.Mentions).Distinct().ToList();
            if (texts.Count > 0)
            {
                followUps.Add(new FollowUpRecord(f.Id.ToString("N"), f.Company.ToString(), Iso(f.DueDate), f.Status.ToString(), texts));
            }
        }

        return new Result(contacts, interactions, followUps);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
