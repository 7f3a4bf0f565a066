using NaringslivCrm.Bot.Reminders;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>The outbox entry's state changes, and its problems read back from rows written before they were typed.</summary>
public sealed class OutboxEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static OutboxEntry Entry() => new()
    {
        Municipality = "0882", Kind = ReminderKind.DueToday, FollowUpId = Guid.Parse("7d5c7f2e-8a4b-4c1e-9f7a-2b3c4d5e6f70"), DueDate = new DateOnly(2026, 3, 2),
        OwnerId = "oid-anna", OwnerName = "Anna Lindqvist", CompanyName = "Hammarverken", Description = "Ring om elen", NextAttemptAt = Now,
    };

    [Theory]
    [InlineData("FeedPermission; Unreachable", ReminderProblems.FeedPermission | ReminderProblems.Unreachable, null)]
    [InlineData("connector 503", ReminderProblems.None, "connector 503")]
    [InlineData("no longer due", ReminderProblems.NoLongerDue, null)]
    [InlineData("GraphNotConfigured; NotInstalled; card interrupted", ReminderProblems.NotInstalled | ReminderProblems.CardInterrupted, "GraphNotConfigured")]
    [InlineData(null, ReminderProblems.None, null)]
    public void Parse_StoredText_FlagsAndNoteReadBack(string? stored, ReminderProblems flags, string? note)
    {
        var (problems, text) = ReminderProblemText.Parse(stored);

        Assert.Equal(flags, problems);
        Assert.Equal(note, text);
        Assert.Equal((flags, note), ReminderProblemText.Parse(ReminderProblemText.Format(problems, text)));
    }

    [Fact]
    public void ClaimFeed_LeasedForFiveMinutes_HiddenFromQueriesUntilThen()
    {
        var claimed = Entry().ClaimFeed(Now);

        Assert.True(claimed.FeedLeased(Now + TimeSpan.FromMinutes(4)));
        Assert.False(claimed.FeedLeased(Now + TimeSpan.FromMinutes(5)));
        Assert.Equal(Now + TimeSpan.FromMinutes(5), claimed.NextAttemptAt);
        Assert.False(Entry().FeedLeased(Now));
    }

    [Fact]
    public void RetryLater_DoublesFrom30Seconds_HonoursRetryAfter_GivesUpAtMax()
    {
        var first = Entry().With(ReminderProblems.FeedPermission).RetryLater(Now, null, "connector 503", maxAttempts: 3);
        var second = first.RetryLater(Now, null, "connector 503", maxAttempts: 3);
        var told = first.RetryLater(Now, TimeSpan.FromSeconds(7), "graph 429", maxAttempts: 3);

        Assert.Equal(Now + TimeSpan.FromSeconds(30), first.NextAttemptAt);
        Assert.Equal("connector 503", first.Problem);
        Assert.Equal(Now + TimeSpan.FromSeconds(60), second.NextAttemptAt);
        Assert.Equal(Now + TimeSpan.FromSeconds(7), told.NextAttemptAt);
        Assert.False(second.Done);
        Assert.True(second.RetryLater(Now, null, null, maxAttempts: 3).Done);
    }

    [Fact]
    public void FeedPending_NotWhenSentOrTheOfficerLacksTheApp()
    {
        Assert.True(Entry().FeedPending);
        Assert.False(Entry().FeedSent(Now).FeedPending);
        Assert.False(Entry().With(ReminderProblems.NotInstalled).FeedPending);
        Assert.Equal("NotInstalled; Unreachable", Entry().With(ReminderProblems.Unreachable).With(ReminderProblems.NotInstalled).Problem);
    }

    [Fact]
    public void Identity_AssignedEntriesOnePerHandOver()
    {
        var assigned = Entry() with { Kind = ReminderKind.Assigned, Version = 4 };

        Assert.Equal("DueToday|7d5c7f2e8a4b4c1e9f7a2b3c4d5e6f70|20260302", Entry().Identity);
        Assert.Equal("Assigned|7d5c7f2e8a4b4c1e9f7a2b3c4d5e6f70|20260302|4", assigned.Identity);
        Assert.NotEqual(ReminderNotice.ChainId(Entry()), ReminderNotice.ChainId(assigned));
    }
}
