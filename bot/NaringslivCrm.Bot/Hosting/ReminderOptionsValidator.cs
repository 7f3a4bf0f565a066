using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Reminders;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>Reminder settings are checked at start; each message names the setting.</summary>
public sealed class ReminderOptionsValidator(DevelopmentSwitches development) : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions o)
    {
        var failures = new List<string>();
        if (o.OfficeHoursStart >= o.OfficeHoursEnd)
        {
            failures.Add("Reminders:OfficeHoursStart must be earlier than Reminders:OfficeHoursEnd");
        }

        if (o.GraphRequestsPerSecond < 1)
        {
            failures.Add("Reminders:GraphRequestsPerSecond must be at least 1 (Graph allows 5 per tenant)");
        }

        if (o.Tick <= TimeSpan.Zero)
        {
            failures.Add("Reminders:Tick must be a positive time span such as 00:01:00");
        }

        if (o.MaxAttempts < 1)
        {
            failures.Add("Reminders:MaxAttempts must be at least 1");
        }

        foreach (var (setting, url) in new[] { ("Reminders:GraphBaseUrl", o.GraphBaseUrl), ("Reminders:ProactiveServiceUrl", o.ProactiveServiceUrl) })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                failures.Add($"{setting} must be an absolute URL");
            }
        }

        // Tests point these at local fakes; a production host talks only to Graph and to Teams over https.
        development.CheckHost(failures, "Reminders:GraphBaseUrl", o.GraphBaseUrl, "graph.microsoft.com");
        development.Check(failures, "Reminders:ProactiveServiceUrl",
            !(Uri.TryCreate(o.ProactiveServiceUrl, UriKind.Absolute, out var proactive) && proactive.Scheme == Uri.UriSchemeHttps), o.ProactiveServiceUrl);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
