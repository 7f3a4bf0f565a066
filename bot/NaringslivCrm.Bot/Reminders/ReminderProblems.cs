namespace NaringslivCrm.Bot.Reminders;

/// <summary>What went wrong for good on a reminder's way (several can be true: the feed refused, the card did not reach).</summary>
[Flags]
public enum ReminderProblems
{
    None = 0,

    /// <summary>Graph found no Teams app of ours installed for the officer.</summary>
    FeedWithoutApp = 1,

    /// <summary>The Teams app Graph finds from Graph:ClientId is not ours.</summary>
    FeedAppMismatch = 2,

    /// <summary>The Graph identity may not send.</summary>
    FeedPermission = 4,

    /// <summary>No personal chat with the officer and none could be created: the app is not installed for them.</summary>
    NotInstalled = 8,

    /// <summary>Teams answered 403 MessageWritesBlocked: the officer blocked or removed the bot.</summary>
    Unreachable = 16,

    /// <summary>A host stopped between claiming the card and recording it sent: it may or may not have gone out.</summary>
    CardInterrupted = 32,

    /// <summary>The follow-up was done, moved or handed on before the reminder went out.</summary>
    NoLongerDue = 64,
}

/// <summary>
/// The stored form of an entry's problems (column "Problem"): the flags' names and a free-text note, joined by "; "
/// ("FeedPermission; Unreachable", "connector 503"), as written before the flags were typed, so older rows read back
/// the same. <see cref="ReminderProblems.NoLongerDue"/> and <see cref="ReminderProblems.CardInterrupted"/> keep their
/// earlier words.
/// </summary>
public static class ReminderProblemText
{
    private const string Separator = "; ";

    private static readonly (ReminderProblems Flag, string Text)[] Words =
    [
        .. Enum.GetValues<ReminderProblems>().Where(f => f is not ReminderProblems.None and not ReminderProblems.NoLongerDue and not ReminderProblems.CardInterrupted)
            .Select(f => (f, f.ToString())),
        (ReminderProblems.CardInterrupted, "card interrupted"),
        (ReminderProblems.NoLongerDue, "no longer due"),
    ];

    public static ReminderProblems Of(DeliveryProblemKind kind) => kind switch
    {
        DeliveryProblemKind.NotInstalled => ReminderProblems.NotInstalled,
        DeliveryProblemKind.Unreachable => ReminderProblems.Unreachable,
        DeliveryProblemKind.FeedWithoutApp => ReminderProblems.FeedWithoutApp,
        DeliveryProblemKind.FeedAppMismatch => ReminderProblems.FeedAppMismatch,
        _ => ReminderProblems.FeedPermission,
    };

    public static string? Format(ReminderProblems problems, string? note)
    {
        var parts = Words.Where(w => problems.HasFlag(w.Flag)).Select(w => w.Text).ToList();
        if (!string.IsNullOrEmpty(note))
        {
            parts.Add(note);
        }

        return parts.Count == 0 ? null : string.Join(Separator, parts);
    }

    public static (ReminderProblems Problems, string? Note) Parse(string? stored)
    {
        var problems = ReminderProblems.None;
        var note = new List<string>();
        foreach (var part in (stored ?? string.Empty).Split(Separator, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Array.Find(Words, w => w.Text == part);
            if (word.Flag == ReminderProblems.None)
            {
                note.Add(part);
            }
            else
            {
                problems |= word.Flag;
            }
        }

        return (problems, note.Count == 0 ? null : string.Join(Separator, note));
    }
}
