using NaringslivCrm.Domain.FollowUps;
using static NaringslivCrm.Domain.Tests.Builders;

namespace NaringslivCrm.Domain.Tests.FollowUps;

public class FollowUpTests
{
    [Fact]
    public void Create_DueOnHoliday_FailsNamingNextWorkingDay()
    {
        var result = FollowUp.Create(
            Guid.NewGuid(), Oskarshamn, Saab, null, "Ring tillbaka", Anna, Day("2026-12-24"), Anna, Monday, WorkCalendar);

        Assert.Equal("follow-up.due-not-working-day", result.Error?.Code);
        Assert.Contains("2026-12-28", result.Error!.Swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Valid_IsOpenWithCreatedHistory()
    {
        var followUp = NewFollowUp();

        Assert.Equal(FollowUpStatus.Open, followUp.Status);
        Assert.Equal(FollowUpAction.Created, Assert.Single(followUp.History).Action);
    }

    [Fact]
    public void Create_EmptyDescription_Fails()
    {
        var result = FollowUp.Create(Guid.NewGuid(), Oskarshamn, Saab, null, " ", Anna, Day("2026-11-27"), Anna, Monday, WorkCalendar);

        Assert.False(result.IsSuccess);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Close_WithoutNote_FailsAndStaysOpen(string? note)
    {
        var followUp = NewFollowUp();

        var result = followUp.Close(Anna, note, Monday.AddDays(1));

        Assert.Equal("follow-up.note-required", result.Error?.Code);
        Assert.Equal(FollowUpStatus.Open, followUp.Status);
    }

    [Fact]
    public void Close_WithNote_IsDoneWithResponseTime()
    {
        var followUp = NewFollowUp();

        var result = followUp.Close(Anna, "Mejlade kontaktuppgifter till YH-samordnaren.", Monday.AddDays(2));

        Assert.True(result.IsSuccess);
        Assert.Equal(FollowUpStatus.Done, followUp.Status);
        Assert.Equal(TimeSpan.FromDays(2), followUp.ResponseTime);
    }

    [Fact]
    public void Close_AlreadyDone_Fails()
    {
        var followUp = NewFollowUp();
        followUp.Close(Anna, "Klart", Monday);

        Assert.Equal("follow-up.done", followUp.Close(Anna, "Igen", Monday).Error?.Code);
    }

    [Fact]
    public void Start_Open_IsInProgress()
    {
        var followUp = NewFollowUp();

        followUp.Start(Anna, Monday);

        Assert.Equal(FollowUpStatus.InProgress, followUp.Status);
        Assert.Equal(2, followUp.Version);
    }

    [Fact]
    public void Start_Twice_Fails()
    {
        var followUp = NewFollowUp();
        followUp.Start(Anna, Monday);

        Assert.Equal("follow-up.started", followUp.Start(Anna, Monday).Error?.Code);
    }

    [Fact]
    public void Postpone_OverChristmas_SkipsHolidays()
    {
        var followUp = NewFollowUp("2026-12-23");

        followUp.Postpone(1, WorkCalendar, Anna, Monday);

        Assert.Equal(Day("2026-12-28"), followUp.DueDate);
    }

    [Fact]
    public void Postpone_Overdue_CountsFromTodayNotFromTheOldDueDate()
    {
        var followUp = NewFollowUp("2026-11-02");

        followUp.Postpone(1, WorkCalendar, Anna, Monday);

        Assert.Equal(Day("2026-11-24"), followUp.DueDate);
        Assert.False(followUp.IsOverdueOn(Day("2026-11-23")));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(400)]
    public void Postpone_NotOneOfTheChoices_Fails(int days)
    {
        Assert.Equal("follow-up.postpone-days", NewFollowUp().Postpone(days, WorkCalendar, Anna, Monday).Error?.Code);
    }

    [Fact]
    public void Close_NoteOverTheLimit_FailsNamingTheLimit()
    {
        var followUp = NewFollowUp();

        var result = followUp.Close(Anna, new string('x', FollowUp.MaxNoteLength + 1), Monday);

        Assert.Contains("2 000", result.Error!.Swedish, StringComparison.Ordinal);
        Assert.Equal(FollowUpStatus.Open, followUp.Status);
    }

    [Fact]
    public void Postpone_ZeroDays_Fails()
    {
        Assert.Equal("follow-up.postpone-days", NewFollowUp().Postpone(0, WorkCalendar, Anna, Monday).Error?.Code);
    }

    [Fact]
    public void Reassign_ToColleague_ChangesOwnerAndRecordsWho()
    {
        var followUp = NewFollowUp();

        followUp.Reassign(Erik, Anna, Monday);

        Assert.Equal(Erik, followUp.Owner);
        Assert.Equal(new FollowUpEvent(FollowUpAction.Reassigned, Anna, Monday, "Erik Berg"), followUp.History[^1]);
    }

    [Fact]
    public void Reassign_SameOwner_Fails()
    {
        Assert.Equal("follow-up.same-owner", NewFollowUp().Reassign(Anna, Erik, Monday).Error?.Code);
    }

    [Theory]
    [InlineData("2026-11-27", false)]
    [InlineData("2026-11-30", true)]
    public void IsOverdueOn_AfterDueDate_IsTrue(string today, bool expected)
    {
        Assert.Equal(expected, NewFollowUp("2026-11-27").IsOverdueOn(Day(today)));
    }
}
