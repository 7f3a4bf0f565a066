using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Localization;

/// <summary>Every sentence the bot says, in Swedish first and English for users whose Teams locale is English.</summary>
public sealed record BotTexts
{
    public required string Lang { get; init; }
    public required string UnknownOrganisation { get; init; }
    public required string WelcomeTitle { get; init; }
    public required string WelcomeBody { get; init; }
    public required string GroupWelcomeTitle { get; init; }
    public required string GroupWelcomeBody { get; init; }
    public required string HelpTitle { get; init; }
    public required IReadOnlyList<(string Command, string Description)> Commands { get; init; }
    public required string UnknownCommand { get; init; }
    public required string SomethingWentWrong { get; init; }
    public required string StorageUnavailable { get; init; }
    public required string HelpAction { get; init; }
    public required string UnknownCardAction { get; init; }

    public static BotTexts Swedish { get; } = new()
    {
        Lang = "sv",
        UnknownOrganisation = "Din organisation är inte registrerad i Näringslivs-CRM. Be din näringslivschef kontakta systemförvaltningen så att er kommun läggs till.",
        WelcomeTitle = "Välkommen till Näringslivs-CRM",
        WelcomeBody = "Här loggar du företagskontakter – besök, samtal och möten – med företagens behov och expansionssignaler, och får uppföljningar med ansvarig och datum. Skriv till exempel \"Besök Ovako 556xxx-xxxx: behöver 40 svetsare\" eller \"logga besök\".",
        GroupWelcomeTitle = "Hej arbetsgruppen!",
        GroupWelcomeBody = "Här kan nätverkets veckobrev komma varje måndag: antal kontakter, behov och signaler per kommun, aldrig uppgifter om enskilda företag. En medlem i arbetsutskottet skriver \"@NaringslivCrm aktivera veckobrev här\" för att välja den här chatten. Kontakter med företag loggar var och en i sin personliga chatt med appen.",
        HelpTitle = "Kommandon",
        Commands =
        [
            ("logga besök", "Öppnar formuläret för att logga ett besök, samtal eller möte"),
            ("ny kontakt", "Samma som logga besök"),
            ("mina uppföljningar", "Dina öppna uppföljningar, närmast förfallodag först"),
            ("företag <namn eller orgnr>", "Visar ett företags senaste kontakter, behov och uppföljningar"),
            ("förhandsgranska veckobrev", "Visar veckans veckobrev till nätverket, bara för dig"),
            ("aktivera veckobrev här", "Skickar nätverkets veckobrev hit varje vecka (arbetsutskottet)"),
            ("hjälp", "Visar den här listan"),
        ],
        UnknownCommand = "Jag förstod inte det. Skriv \"hjälp\" för att se vad jag kan, eller \"logga besök\" för att logga en kontakt.",
        SomethingWentWrong = "Något gick fel och ingenting sparades. Försök igen om en stund.",
        StorageUnavailable = "Lagringen svarar inte just nu och ingenting sparades. Försök igen om en stund.",
        HelpAction = "Visa kommandon",
        UnknownCardAction = "Den här knappen fungerar inte längre. Skriv \"hjälp\" för att börja om.",
    };

    public static BotTexts English { get; } = new()
    {
        Lang = "en",
        UnknownOrganisation = "Your organisation is not registered in the business office CRM. Ask your head of business office to have your municipality added.",
        WelcomeTitle = "Welcome to the business office CRM",
        WelcomeBody = "Log company contacts here – visits, calls and meetings – with the firm's needs and expansion signals, and get follow-ups with an owner and a due date. Type for example \"Visit Ovako 556xxx-xxxx: needs 40 welders\" or \"logga besök\".",
        GroupWelcomeTitle = "Hello, working group!",
        GroupWelcomeBody = "The network's weekly digest can come here every Monday: contacts, needs and signals per municipality as counts, never details of single firms. A member of the working group writes \"@NaringslivCrm aktivera veckobrev här\" to choose this chat. Each officer logs company contacts in their personal chat with the app.",
        HelpTitle = "Commands",
        Commands =
        [
            ("logga besök", "Opens the form to log a visit, call or meeting"),
            ("ny kontakt", "Same as logga besök"),
            ("mina uppföljningar", "Your open follow-ups, soonest due first"),
            ("företag <name or org no>", "Shows a company's latest contacts, needs and follow-ups"),
            ("förhandsgranska veckobrev", "Shows this week's network digest, only to you"),
            ("aktivera veckobrev här", "Sends the network's weekly digest here every week (working group)"),
            ("hjälp / help", "Shows this list"),
        ],
        UnknownCommand = "I did not understand that. Type \"help\" to see what I can do, or \"logga besök\" to log a contact.",
        SomethingWentWrong = "Something went wrong and nothing was saved. Please try again in a moment.",
        StorageUnavailable = "Storage is not answering right now and nothing was saved. Please try again in a moment.",
        HelpAction = "Show commands",
        UnknownCardAction = "This button no longer works. Type \"help\" to start again.",
    };

    public static BotTexts For(Activity activity) => activity.IsEnglish() ? English : Swedish;

    public static BotTexts For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Swedish;
}
