using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;
using static NaringslivCrm.Domain.Tests.Builders;

namespace NaringslivCrm.Domain.Tests.Privacy;

/// <summary>
/// GDPR erasure in the domain: every text that can hold a person is masked, nothing else changes, and erasing what is
/// not there reports so. (Written for the mutants that survived in these methods, see docs/testing.md.)
/// </summary>
public sealed class ErasureTests
{
    private static string Mask(string text) => text.Replace("Åsa Öberg", "[borttaget]", StringComparison.Ordinal);

    [Fact]
    public void FollowUp_RedactText_DescriptionNoteAndEveryHistoryDetailMasked()
    {
        var f = NewFollowUp();
        Assert.True(f.Reassign(Erik, Anna, Monday.AddHours(1)).IsSuccess);
        Assert.True(f.Close(Erik, "Ringde Åsa Öberg", Monday.AddHours(2)).IsSuccess);
        var before = (f.Status, f.Owner, f.DueDate, f.History.Count);

        f.RedactText(t => t.Replace("Erik", "[borttaget]", StringComparison.Ordinal).Replace("Åsa Öberg", "[borttaget]", StringComparison.Ordinal));

        Assert.Equal("Ringde [borttaget]", f.ClosingNote);
        Assert.DoesNotContain(f.History, h => h.Detail is { } d && (d.Contains("Erik", StringComparison.Ordinal) || d.Contains("Åsa", StringComparison.Ordinal)));
        Assert.Contains(f.History, h => h.Detail == "Ringde [borttaget]");
        Assert.Equal(before, (f.Status, f.Owner, f.DueDate, f.History.Count));
    }

    [Fact]
    public void FollowUp_RedactText_OpenFollowUpKeepsNoNote()
    {
        var f = NewFollowUp();

        f.RedactText(_ => "[borttaget]");

        Assert.Null(f.ClosingNote);
        Assert.Equal("[borttaget]", f.Description);
    }

    [Fact]
    public void Interaction_RedactText_OnlyTheNamedParticipantAndEveryTextMasked()
    {
        var i = Interaction.Record(Guid.NewGuid(), Oskarshamn, Saab, InteractionKind.Visit, Day("2026-11-20"), Anna, Monday, "Träffade Åsa Öberg om elen").Value;
        Assert.True(i.AddParticipant("Åsa Öberg (vd)").IsSuccess);
        Assert.True(i.AddParticipant("Per Holm").IsSuccess);
        Assert.True(i.AddParticipant("Åsa").IsSuccess);

        i.RedactText(Mask, p => p.StartsWith("Åsa", StringComparison.Ordinal));

        Assert.Equal("Träffade [borttaget] om elen", i.Notes);
        // A participant the mask does not change (only the first name written) becomes the redaction mark.
        Assert.Equal(["[borttaget] (vd)", "Per Holm", Interaction.Redacted], i.Participants);
    }

    [Fact]
    public void Company_EraseContact_RemovesOnlyThatContactAndSaysWhetherThereWasOne()
    {
        var company = Company.Register(Oskarshamn, Saab, "Hammarverken AB").Value;
        var asa = ContactPerson.Create(Guid.NewGuid(), "Åsa Öberg", "vd", null, null).Value;
        var per = ContactPerson.Create(Guid.NewGuid(), "Per Holm", "ekonomichef", null, null).Value;
        company.SaveContact(asa);
        company.SaveContact(per);

        Assert.False(company.EraseContact(Guid.NewGuid()));
        Assert.True(company.EraseContact(asa.Id));
        Assert.False(company.EraseContact(asa.Id));

        Assert.Equal([per.Id], company.Contacts.Select(c => c.Id));
    }
}
