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
        "follow-up.postpone-days", "Skjut upp 1, 3 eller 7 arbetsdagar.", "Postpone by 1, 3 or 7 working days.");

    public static ValidationError NotFound { get; } = new(
        "follow-up.not-found", "Uppföljningen finns inte längre.", "The follow-up no longer exists.");

    /// <summary>Someone else's follow-up: the answer names nothing of it.</summary>
    public static ValidationError NotYours { get; } = new(
        "follow-up.not-yours",
        "Du kan bara ändra dina egna uppföljningar. Ansvarig handläggare eller en chef (i fliken) kan ändra den här.",
        "You can only change your own follow-ups. Its owner or a manager (in the tab) can change this one.");

    public static ValidationError VersionRequired { get; } = new(
        "follow-up.version-required",
        "Ange vilken version av uppföljningen du ändrar.",
        "Say which version of the follow-up you are changing.");

    public static ValidationError Changed { get; } = new(
        "follow-up.changed",
        "Någon annan har ändrat uppföljningen. Så här ser den ut nu; ingenting skrevs över.",
        "Someone else has changed the follow-up. Here is where it stands now; nothing was overwritten.");

    public static ValidationError OwnerUnknown { get; } = new(
        "follow-up.owner-unknown",
        "Välj en kollega bland kommunens handläggare att tilldela uppföljningen.",
        "Choose one of the municipality's officers to give the follow-up to.");

    public static ValidationError SameOwner { get; } = new(
        "follow-up.same-owner", "Uppföljningen har redan den ägaren.", "The follow-up already has that owner.");

    public static ValidationError DueInPast { get; } = new(
        "follow-up.due-in-past", "Förfallodatumet har redan passerat.", "The due date has already passed.");

    public static ValidationError NotWorkingDay(DateOnly date, DateOnly next) => new(
        "follow-up.due-not-working-day",
        $"{date:yyyy-MM-dd} är ingen arbetsdag; närmaste arbetsdag är {next:yyyy-MM-dd}.",
        $"{date:yyyy-MM-dd} is not a working day; the next working day is {next:yyyy-MM-dd}.");
}
