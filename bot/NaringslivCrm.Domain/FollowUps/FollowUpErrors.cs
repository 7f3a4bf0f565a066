using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.FollowUps;

public static class FollowUpErrors
{
    public static ValidationError NoteRequired { get; } = new(
        "follow-up.note-required",
        "Skriv vilken återkoppling företaget fick innan uppföljningen stängs.",
        "Write what feedback the company got before closing the follow-up.");

    public static ValidationError AlreadyDone { get; } = new(
        "follow-up.done", "Uppföljningen är redan klar.", "The follow-up is already done.");

    public static ValidationError AlreadyStarted { get; } = new(
        "follow-up.started", "Uppföljningen är redan påbörjad.", "The follow-up has already been started.");

    public static ValidationError NotForward { get; } = new(
        "follow-up.postpone-days", "Skjut upp minst en arbetsdag.", "Postpone by at least one working day.");

    public static ValidationError SameOwner { get; } = new(
        "follow-up.same-owner", "Uppföljningen har redan den ägaren.", "The follow-up already has that owner.");

    public static ValidationError NotWorkingDay(DateOnly date, DateOnly next) => new(
        "follow-up.due-not-working-day",
        $"{date:yyyy-MM-dd} är ingen arbetsdag; närmaste arbetsdag är {next:yyyy-MM-dd}.",
        $"{date:yyyy-MM-dd} is not a working day; the next working day is {next:yyyy-MM-dd}.");
}
