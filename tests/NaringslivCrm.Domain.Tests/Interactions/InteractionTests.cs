using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using static NaringslivCrm.Domain.Tests.Builders;

namespace NaringslivCrm.Domain.Tests.Interactions;

public class InteractionTests
{
    [Fact]
    public void Record_NotesAtLimit_Succeeds()
    {
        var result = Record(new string('a', Interaction.MaxNotesLength));

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Record_NotesOverLimit_FailsStatingLimit()
    {
        var result = Record(new string('a', Interaction.MaxNotesLength + 1));

        Assert.Equal("notes.too-long", result.Error?.Code);
        Assert.Contains("30 000", result.Error!.Swedish, StringComparison.Ordinal);
        Assert.Contains("30,000", result.Error.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Besök Nilssons Svets, ägaren 811218-9876, vill bygga ut", "Besök Nilssons Svets, ägaren [personnummer borttaget], vill bygga ut")]
    [InlineData("pnr 198112189876.", "pnr [personnummer borttaget].")]
    [InlineData("Besök Nordverk 556036-0793, 40 svetsare", "Besök Nordverk 556036-0793, 40 svetsare")] // an org number stays
    [InlineData("ring 0701234569 kl 811218", "ring 0701234569 kl 811218")] // a mobile number (passes Luhn) and six digits stay
    public void Record_NotesWithPersonalIdentityNumber_NumberNotKept(string notes, string stored)
    {
        var result = Record(notes);

        Assert.Equal(stored, result.Value.Notes);
    }

    [Fact]
    public void AddParticipant_SameNameTwice_KeepsOne()
    {
        var interaction = Record("Besök").Value;

        interaction.AddParticipant("Karin VD");
        interaction.AddParticipant("karin vd");

        Assert.Single(interaction.Participants);
    }

    [Fact]
    public void AddNeedAndSignal_Recorded_AreKept()
    {
        var interaction = Record("Besök").Value;
        var need = Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.Find("energi")!, "5 MW till 2027").Value;
        var signal = Signal.Spot(Guid.NewGuid(), SignalType.Energy, quantities: [Quantity.Create(5, QuantityUnit.Megawatts).Value]).Value;

        interaction.AddNeed(need);
        interaction.AddSignal(signal);

        Assert.Same(need, interaction.FindNeed(need.Id));
        Assert.Same(signal, interaction.FindSignal(signal.Id));
    }

    [Fact]
    public void MarkConfidential_Public_IsConfidential()
    {
        var interaction = Record("Affärshemligheter").Value;

        interaction.MarkConfidential();

        Assert.True(interaction.IsConfidential);
    }

    private static Domain.Common.Result<Interaction> Record(string notes) =>
        Interaction.Record(Guid.NewGuid(), Oskarshamn, Saab, InteractionKind.Visit, Day("2026-11-23"), Anna, Monday, notes);
}
