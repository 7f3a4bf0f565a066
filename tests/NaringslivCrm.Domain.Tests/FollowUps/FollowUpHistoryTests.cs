using NaringslivCrm.Domain.FollowUps;
using static NaringslivCrm.Domain.Tests.Builders;

namespace NaringslivCrm.Domain.Tests.FollowUps;

/// <summary>The history is a capped tail plus a count: no number of changes grows the record without bound.</summary>
public class FollowUpHistoryTests
{
    [Fact]
    public void Postpone_ThousandTimes_VersionCountsEveryChangeHistoryKeepsTheLatest()
    {
        var followUp = NewFollowUp();

        for (var i = 0; i < 1_000; i++)
        {
            Assert.True(followUp.Postpone(1, WorkCalendar, Anna, Monday).IsSuccess);
        }

        Assert.Equal(1_001, followUp.Version);
        Assert.Equal(FollowUp.HistoryKept, followUp.History.Count);
        Assert.All(followUp.History, h => Assert.Equal(FollowUpAction.Postponed, h.Action));
        Assert.Equal($"{followUp.DueDate:yyyy-MM-dd}", followUp.History[^1].Detail);
    }

    [Fact]
    public void Reassign_ThenManyPostpones_LastReassignmentAndItsVersionKept()
    {
        var followUp = NewFollowUp();
        followUp.Reassign(Erik, Anna, Monday);

        for (var i = 0; i < 3 * FollowUp.HistoryKept; i++)
        {
            followUp.Postpone(1, WorkCalendar, Erik, Monday);
        }

        Assert.DoesNotContain(followUp.History, h => h.Action == FollowUpAction.Reassigned);
        Assert.Equal((Anna.UserId, Erik.DisplayName, 2), (followUp.LastReassignment?.By.UserId, followUp.LastReassignment?.Detail, followUp.LastReassignmentVersion));
    }

    [Fact]
    public void Restore_LongerTailThanKept_TakesLatestAndVersionFromCount()
    {
        var events = Enumerable.Range(0, 30).Select(i => new FollowUpEvent(
            i == 25 ? FollowUpAction.Reassigned : FollowUpAction.Postponed, Anna, Monday.AddDays(i), $"{i}")).ToList();

        var followUp = FollowUp.Restore(Guid.NewGuid(), Oskarshamn, Saab, null, "Ring", Erik, Day("2026-11-27"),
            FollowUpStatus.Open, Monday, null, null, events, "etag");

        Assert.Equal(30, followUp.Version);
        Assert.Equal(("10", "29"), (followUp.History[0].Detail, followUp.History[^1].Detail));
        Assert.Equal(("25", 26), (followUp.LastReassignment?.Detail, followUp.LastReassignmentVersion));
    }

    [Fact]
    public void RedactText_ReassignedToPerson_LastReassignmentMaskedToo()
    {
        var followUp = NewFollowUp();
        followUp.Reassign(Erik, Anna, Monday);

        followUp.RedactText(t => t.Replace(Erik.DisplayName, "[borttaget]", StringComparison.Ordinal));

        Assert.DoesNotContain(followUp.Texts(), t => t.Contains(Erik.DisplayName, StringComparison.Ordinal));
        Assert.Equal("[borttaget]", followUp.LastReassignment?.Detail);
    }
}
