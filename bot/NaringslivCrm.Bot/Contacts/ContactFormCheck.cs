using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>Turns a form draft into domain objects, collecting every problem as a message for the officer.</summary>
public sealed class ContactFormCheck(ContactDraft d, NeedCategoryCatalog catalog, SwedishCalendar calendar, bool en, DateOnly today)
{
    public List<string> Errors { get; } = [];

    public bool UnknownCompany { get; private set; }

    public bool PastDue { get; private set; }

    public OrgNumber? OrgNumber()
    {
        if (d.Company is null)
        {
            Errors.Add(en ? "Choose a company, or type its name or org number." : "Välj ett företag, eller skriv dess namn eller organisationsnummer.");
            return null;
        }

        var parsed = Domain.Companies.OrgNumber.Parse(d.Company);
        return Ok(parsed) ? parsed.Value : null;
    }

    public Company? NewCompany(MunicipalityCode municipality, OrgNumber orgnr)
    {
        UnknownCompany = true;
        if (d.NewCompanyName is null)
        {
            Errors.Add(en
                ? $"{orgnr} is not in the company register. Enter the company's name to add it."
                : $"{orgnr} finns inte i företagsregistret. Ange företagets namn så läggs det till.");
            return null;
        }

        var company = Company.Register(municipality, orgnr, d.NewCompanyName);
        return Ok(company) ? company.Value : null;
    }

    public Interaction? Interaction(MunicipalityCode municipality, OrgNumber orgnr, UserRef me, DateTimeOffset now)
    {
        var recorded = Domain.Interactions.Interaction.Record(d.DraftId, municipality, orgnr, d.Kind, d.Date ?? today, me, now, d.Notes, d.Confidential);
        if (!Ok(recorded))
        {
            return null;
        }

        var interaction = recorded.Value;
        foreach (var participant in (d.Participants ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Ok(interaction.AddParticipant(participant));
        }

        foreach (var id in d.NeedCategories.Distinct())
        {
            var need = catalog.Find(id) is { } category ? Need.Identify(Guid.NewGuid(), category, d.NeedText) : null;
            if (need is not null && Ok(need))
            {
                Ok(interaction.AddNeed(need.Value));
            }
        }

        foreach (var s in d.DetectedSignals)
        {
            var quantities = s.Quantities.Select(q => Quantity.Create(q.Amount, q.Unit)).Where(q => q.IsSuccess).Select(q => q.Value);
            var signal = Signal.Spot(Guid.NewGuid(), s.Type, null, quantities, s.TimeFrame is null ? null : new TimeFrame(s.TimeFrame, s.Year));
            if (Ok(signal))
            {
                Ok(interaction.AddSignal(signal.Value));
            }
        }

        if (d.SignalType is not null && Enum.TryParse<SignalType>(d.SignalType, out var type))
        {
            var quantities = new List<Quantity>();
            if (d.SignalAmount is > 0 && Enum.TryParse<QuantityUnit>(d.SignalUnit, out var unit) && Ok(Quantity.Create(d.SignalAmount.Value, unit)))
            {
                quantities.Add(Quantity.Create(d.SignalAmount.Value, unit).Value);
            }

            var year = d.SignalTimeFrame is { } tf && int.TryParse(new string(tf.Where(char.IsAsciiDigit).ToArray()), out var y) && y is > 2000 and < 2100 ? y : (int?)null;
            var signal = Signal.Spot(Guid.NewGuid(), type, null, quantities, d.SignalTimeFrame is null ? null : new TimeFrame(d.SignalTimeFrame, year));
            if (Ok(signal))
            {
                Ok(interaction.AddSignal(signal.Value));
            }
        }

        return interaction;
    }

    public List<FollowUp> FollowUps(MunicipalityCode municipality, OrgNumber orgnr, Guid interactionId, UserRef me, DateTimeOffset now)
    {
        if (d.FollowUpText is null)
        {
            if (d.FollowUpDue is not null)
            {
                Errors.Add(en ? "Describe what the follow-up is about, or clear its due date." : "Beskriv vad uppföljningen gäller, eller töm förfallodatumet.");
            }

            return [];
        }

        var due = d.FollowUpDue ?? calendar.AddWorkingDays(today, 5);
        if (due < today && !d.ConfirmPastDue)
        {
            PastDue = true;
            Errors.Add(en
                ? $"The due date {due:yyyy-MM-dd} has already passed. Tick the box to confirm, or choose a later date."
                : $"Förfallodatumet {due:yyyy-MM-dd} har redan passerat. Kryssa i rutan för att bekräfta, eller välj ett senare datum.");
            return [];
        }

        var id = DeterministicId(interactionId, 1);
        var followUp = FollowUp.Create(id, municipality, orgnr, interactionId, d.FollowUpText, me, due, me, now, calendar);
        return Ok(followUp) ? [followUp.Value] : [];
    }

    /// <summary>Follow-up ids derived from the draft, so a repeated save produces the same rows.</summary>
    public static Guid DeterministicId(Guid interactionId, int n)
    {
        var bytes = interactionId.ToByteArray();
        bytes[15] ^= (byte)n;
        bytes[0] ^= 0x5A;
        return new Guid(bytes);
    }

    private bool Ok<T>(Result<T> result)
    {
        if (!result.IsSuccess)
        {
            Errors.Add(en ? result.Error.English : result.Error.Swedish);
        }

        return result.IsSuccess;
    }

    private bool Ok(Result result)
    {
        if (!result.IsSuccess)
        {
            Errors.Add(en ? result.Error!.English : result.Error!.Swedish);
        }

        return result.IsSuccess;
    }
}
