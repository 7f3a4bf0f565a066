using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Privacy.PersonalData;

/// <summary>
/// GDPR Art. 17: removes the person as a firm's contact and masks every mention (participants, notes, needs, signals,
/// follow-up texts and their history, texts copied into reminders) with "[borttaget]". Records are rewritten, never
/// deleted, so counts and statistics stay as they were; each record is its own transaction (with its index rows), so an
/// interrupted run leaves whole records and can simply be run again (it is idempotent).
/// </summary>
public sealed class PersonEraser(ICompanyRepository companies, IInteractionRepository interactions, IFollowUpRepository followUps, IPersonalDataStore store)
{
    public sealed record Result(int Contacts, int Interactions, int FollowUps, int Reminders, int Conflicts)
    {
        public int Total => Contacts + Interactions + FollowUps + Reminders;
    }

    public async Task<Result> EraseAsync(MunicipalityCode m, PersonQuery person, CancellationToken ct)
    {
        var contacts = 0;
        var conflicts = 0;
        foreach (var company in await companies.ListAsync(m, ct))
        {
            var ids = company.Contacts.Where(person.IsContact).Select(c => c.Id).ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            ids.ForEach(id => company.EraseContact(id));
            var saved = await companies.SaveAsync(company, ct);
            contacts += saved.IsSuccess ? ids.Count : 0;
            conflicts += saved.IsSuccess ? 0 : 1;
        }

        var changedInteractions = new List<Interaction>();
        await foreach (var i in store.InteractionsAsync(m, ct))
        {
            if (i.Participants.Any(person.Mentions) || person.Mentions(i.Notes) || i.Needs.Any(n => person.Mentions(n.Description)) || i.Signals.Any(s => person.Mentions(s.Description)))
            {
                changedInteractions.Add(i);
            }
        }

        foreach (var i in changedInteractions)
        {
            i.RedactText(person.Mask, person.Mentions);
            conflicts += (await interactions.UpdateAsync(i, ct)).IsSuccess ? 0 : 1;
        }

        var changedFollowUps = new List<FollowUp>();
        await foreach (var f in store.FollowUpsAsync(m, ct))
        {
            if (f.Texts().Any(person.Mentions))
            {
                changedFollowUps.Add(f);
            }
        }

        foreach (var f in changedFollowUps)
        {
            f.RedactText(person.Mask);
            conflicts += (await followUps.UpdateAsync(f, ct)).IsSuccess ? 0 : 1;
        }

        var reminders = await store.MaskRemindersAsync(m, person.Mask, ct);
        return new Result(contacts, changedInteractions.Count, changedFollowUps.Count, reminders, conflicts);
    }
}
