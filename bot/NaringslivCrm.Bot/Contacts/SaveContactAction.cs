using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>
/// Saves the contact form: every rule is checked first and reported on the form with the officer's values kept;
/// then the company (if new), and the interaction with its needs, signals and follow-up in one transaction. The
/// form's draft id is the interaction id, so a second press or a redelivered submit saves nothing twice.
/// </summary>
public sealed partial class SaveContactAction(
    ICompanyRepository companies,
    IInteractionRepository interactions,
    CompanyNameCache names,
    CompanyFieldResolver companyField,
    IOfficerDirectory officers,
    NeedCategoryCatalog catalog,
    SwedishCalendar calendar,
    TimeProvider time,
    ILogger<SaveContactAction> logger) : ICardActionHandler
{
    public string Verb => ContactFormCard.SaveVerb;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken) =>
        CardActionResult.Replace((await SaveAsync(turn, request, dialog: false, cancellationToken)).Card);

    /// <summary>Saves the form; returns whether it was saved and the card to show (summary, or the form with messages).</summary>
    public async Task<(bool Saved, AdaptiveCard Card)> SaveAsync(TurnContext turn, CardActionRequest request, bool dialog, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var municipality = BotUser.Municipality(turn);
        var resolved = await companyField.ResolveAsync(ContactDraft.From(request), municipality, en, cancellationToken);
        var d = resolved.Draft;
        var me = BotUser.Of(turn);
        var now = time.GetUtcNow();
        var today = SwedishCalendar.Today(time);
        var check = new ContactFormCheck(d, catalog, calendar, en, today);
        if (resolved.Error is not null)
        {
            check.Errors.Add(resolved.Error);
        }

        var orgnr = resolved.Error is null ? check.OrgNumber() : null;
        var company = orgnr is null ? null : await companies.GetAsync(municipality, orgnr, cancellationToken);
        Company? newCompany = null;
        if (orgnr is not null && company is null)
        {
            newCompany = check.NewCompany(municipality, orgnr);
        }

        var interaction = orgnr is null ? null : check.Interaction(municipality, orgnr, me, now);
        var followUps = interaction is null ? [] : check.FollowUps(municipality, orgnr!, interaction.Id, me, now);
        if (check.Errors.Count > 0 || interaction is null)
        {
            var known = resolved.Candidates.Count > 0 ? resolved.Candidates : await names.SearchAsync(municipality, null, 15, cancellationToken);
            return (false, ContactFormCard.Build(d with { CompanyName = company?.Name ?? d.CompanyName }, catalog, today, en,
                check.Errors, unknownCompany: check.UnknownCompany, pastDue: check.PastDue,
                knownCompanies: [.. known.Select(c => new Teams.Cards.Choice($"{c.Name} ({c.OrgNumber})", c.OrgNumber.Digits))], dialog: dialog));
        }

        if (newCompany is not null)
        {
            await companies.SaveAsync(newCompany, cancellationToken);
            names.Invalidate(municipality);
        }

        var saved = await interactions.AddAsync(interaction, followUps, cancellationToken);
        var companyName = company?.Name ?? newCompany?.Name ?? orgnr!.ToString();
        await officers.RememberAsync(municipality, me, cancellationToken);
        if (!saved.IsSuccess && saved.Error == InteractionErrors.AlreadySaved)
        {
            var stored = await interactions.GetAsync(municipality, interaction.Id, cancellationToken) ?? interaction;
            return (true, ContactSummaryCard.Build(stored, companyName, followUps, en));
        }

        if (!saved.IsSuccess)
        {
            return (false, ContactFormCard.Build(d, catalog, today, en, [en ? saved.Error!.English : saved.Error!.Swedish], dialog: dialog));
        }

        LogSaved(logger, municipality.Value, interaction.Kind, interaction.Needs.Count, interaction.Signals.Count, followUps.Count);
        return (true, ContactSummaryCard.Build(interaction, companyName, followUps, en, dueChosen: d.FollowUpText is not null && d.FollowUpDue is null ? followUps.FirstOrDefault()?.DueDate : null));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact saved in {Municipality}: {Kind} with {Needs} needs, {Signals} signals, {FollowUps} follow-ups")]
    private static partial void LogSaved(ILogger logger, string municipality, InteractionKind kind, int needs, int signals, int followUps);
}
