using System.Globalization;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>
/// The row keys of table "Crm" (PartitionKey = kommunkod, so no query ever crosses municipalities). Every screen's
/// order has its own index rows, written in the same transaction as the record they point at:
/// <list type="bullet">
/// <item>I|{interactionId} — the interaction with its needs and signals</item>
/// <item>IC|{orgnr}|{inverted date}|{id} — interactions by company, newest first</item>
/// <item>F|{followUpId} — the follow-up with its history</item>
/// <item>FO|{owner}|{O or X}|{yyyyMMdd}|{id} — follow-ups by owner, open (O) before done (X, crossed off), by due date</item>
/// <item>FC|{orgnr}|{yyyyMMdd}|{id} — follow-ups by company</item>
/// <item>FD|{yyyyMMdd}|{id} — open follow-ups by due date (reminders, overdue lists)</item>
/// <item>S|{orgnr} — per-company stats: last contact, open needs, open signals, open follow-ups (counters)</item>
/// <item>SL|{yyyyMM}|{owner} — service level: follow-ups the owner closed that month, histogram of days to återkoppling</item>
/// <item>SO|{yyyyMMdd} — number of open follow-ups created that day (open by age); removed when it reaches zero</item>
/// </list>
/// </summary>
public static class CrmKeys
{
    public static string Interaction(Guid id) => "I|" + id.ToString("N");

    public static string InteractionByCompany(OrgNumber company, DateOnly date, Guid id) =>
        $"IC|{company.Digits}|{99999999 - DateNumber(date):D8}|{id:N}";

    public static string InteractionsOfCompanyPrefix(OrgNumber company) => $"IC|{company.Digits}|";

    public static string FollowUp(Guid id) => "F|" + id.ToString("N");

    public static string FollowUpByOwner(string ownerId, bool done, DateOnly due, Guid id) =>
        $"FO|{TableKeys.Escape(ownerId)}|{(done ? 'X' : 'O')}|{DateNumber(due):D8}|{id:N}";

    public static string FollowUpsOfOwnerPrefix(string ownerId, bool? done = null) =>
        done is null ? $"FO|{TableKeys.Escape(ownerId)}|" : $"FO|{TableKeys.Escape(ownerId)}|{(done.Value ? 'X' : 'O')}|";

    public static string FollowUpByCompany(OrgNumber company, DateOnly due, Guid id) => $"FC|{company.Digits}|{DateNumber(due):D8}|{id:N}";

    public static string FollowUpsOfCompanyPrefix(OrgNumber company) => $"FC|{company.Digits}|";

    public static string FollowUpsOfCompanyDuePrefix(OrgNumber company, DateOnly due) => $"FC|{company.Digits}|{DateNumber(due):D8}|";

    public static string OpenFollowUpByDue(DateOnly due, Guid id) => $"FD|{DateNumber(due):D8}|{id:N}";

    public const string OpenFollowUpsByDuePrefix = "FD|";

    public static string DuePrefixUntil(DateOnly due) => $"FD|{DateNumber(due):D8}|";

    public static string CompanyStats(OrgNumber company) => "S|" + company.Digits;

    public static string ClosedInMonth(DateOnly month, string ownerId) => $"SL|{DateNumber(month) / 100:D6}|{TableKeys.Escape(ownerId)}";

    public static string ClosedInMonthPrefix(DateOnly month) => $"SL|{DateNumber(month) / 100:D6}|";

    public static string OpenFollowUpsCreated(DateOnly day) => $"SO|{DateNumber(day):D8}";

    public const string OpenFollowUpsCreatedPrefix = "SO|";

    /// <summary>The end of a prefix range: every key starting with the prefix sorts below it.</summary>
    public static string After(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static int DateNumber(DateOnly date) => int.Parse(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
