namespace NaringslivCrm.Domain.Calendar;

/// <summary>A day that is not a working day in Sweden even though it may fall Monday–Friday.</summary>
/// <param name="IsDeFacto">True for days that are not public holidays by law but are treated as such
/// (midsommarafton, julafton, nyårsafton).</param>
public sealed record PublicHoliday(DateOnly Date, string SwedishName, string EnglishName, bool IsDeFacto = false);
