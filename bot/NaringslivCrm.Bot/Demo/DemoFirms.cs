using System.Globalization;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Bot.Demo;

/// <summary>
/// Forty invented industrial firms. Names and addresses are made up; organisationsnummer are generated from the high
/// end of the aktiebolag series (5599…), the 7699… and 9699… series for the association and the partnership, with a
/// valid Luhn check digit. They are not checked against Bolagsverket: a collision with a real firm is unlikely, not
/// impossible, so never import the demo data into a production municipality.
/// </summary>
public static class DemoFirms
{
    public static IReadOnlyList<DemoFirm> All { get; } =
    [
        Firm(1, "5599", "Kvarnholmens Stålverk AB", "24.100", "Stålverksvägen 2", "41", 640),
        Firm(2, "5599", "Oskarviks Mekaniska Verkstad AB", "25.620", "Verkstadsgatan 14", "34", 38),
        Firm(3, "5599", "Björkebo Svets & Plåt AB", "25.110", "Industrigatan 7", "34", 22),
        Firm(4, "5599", "Norrsunds Batteriteknik AB", "27.200", "Energivägen 5", "42", 180),
        Firm(5, "5599", "Hagalunds Maskinfabrik AB", "28.220", "Fabriksgatan 3", "34", 95),
        Firm(6, "5599", "Ekeskogs Sågverk AB", "16.100", "Sågverksvägen 1", "92", 45),
        Firm(7, "5599", "Vikbo Kemi AB", "20.160", "Kemivägen 9", "41", 60),
        Firm(8, "5599", "Stensjö Data & System AB", "62.010", "Storgatan 21", "30", 14),
        Firm(9, "5599", "Lindviks Kraft AB", "35.110", "Kraftverksvägen 4", "95", 12),
        Firm(10, "5599", "Hamnkajens Lager & Logistik AB", "52.100", "Hamnvägen 12", "33", 30),
        Firm(11, "5599", "Granåsens Gjuteri AB", "24.510", "Gjuterigatan 6", "34", 120),
        Firm(12, "5599", "Tallbackens Hydraulik AB", "28.120", "Hydraulvägen 8", "36", 27),
        Firm(13, "5599", "Sjöängens Elmotorer AB", "27.110", "Motorvägen 15", "36", 75),
        Firm(14, "5599", "Norrbergs Pumpar AB", "28.131", "Pumpgatan 2", "37", 52),
        Firm(15, "5599", "Ängsbackens Trähus AB", "16.230", "Snickarvägen 11", "91", 33),
        Firm(16, "5599", "Kustlandets Verktyg AB", "25.730", "Smedjegatan 5", "34", 18),
        Firm(17, "5599", "Rödbergs Ytbehandling AB", "25.610", "Lackerarvägen 3", "37", 24),
        Firm(18, "5599", "Björnviks Plast AB", "22.290", "Formvägen 10", "38", 41),
        Firm(19, "5599", "Skogsbrynets Pellets AB", "16.290", "Spånvägen 4", "93", 9),
        Firm(20, "5599", "Fjärdens Båtvarv AB", "30.110", "Varvsvägen 1", "33", 66),
        Firm(21, "5599", "Västerhagens Automation AB", "28.990", "Robotgatan 6", "36", 48),
        Firm(22, "5599", "Solbackens Energilager AB", "27.200", "Cellvägen 2", "42", 210),
        Firm(23, "5599", "Klippans Kyl & Värme AB", "28.250", "Kylgatan 9", "35", 16),
        Firm(24, "5599", "Åkerlunds Elinstallation AB", "43.210", "Elektrikervägen 4", "35", 35),
        Firm(25, "5599", "Lövuddens Transport AB", "49.410", "Åkerivägen 20", "38", 58),
        Firm(26, "5599", "Nyhamns Terminal AB", "52.240", "Kajgatan 1", "33", 44),
        Firm(27, "5599", "Mossbergs Precisionsmekanik AB", "25.620", "Svarvargatan 8", "34", 29),
        Firm(28, "5599", "Havsbandets Vindkraft AB", "35.110", "Vindvägen 3", "95", 6),
        Firm(29, "5599", "Storängens Stålkonstruktion AB", "25.110", "Balkvägen 12", "34", 83),
        Firm(30, "5599", "Furulunds Betong AB", "23.610", "Cementvägen 5", "39", 39),
        Firm(31, "5599", "Kvarnbackens Bageri AB", "10.710", "Mjölnargatan 2", "31", 21),
        Firm(32, "5599", "Sandåsens Kabelteknik AB", "27.320", "Kabelvägen 7", "36", 140),
        Firm(33, "5599", "Ekdalens Mjukvara AB", "62.010", "Lilla Torget 3", "30", 11),
        Firm(34, "5599", "Trädgårdsuddens Ingenjörer AB", "71.121", "Ritargatan 4", "31", 26),
        Firm(35, "5599", "Lyckebo Industriservice AB", "33.120", "Servicevägen 9", "37", 47),
        Firm(36, "5599", "Grönviks Återvinning AB", "38.320", "Kretsloppsvägen 1", "39", 32),
        Firm(37, "5599", "Malmgårdens Gruvteknik AB", "28.920", "Bergsmansvägen 6", "36", 70),
        Firm(38, "5599", "Vassviks Laserteknik AB", "25.620", "Ljusvägen 2", "34", 13),
        Firm(39, "7699", "Bygdens Elnät ekonomisk förening", "35.130", "Nätvägen 1", "96", 8),
        Firm(40, "9699", "Nilssons Svets & Smide HB", "25.620", "Smedsvägen 4", "97", 3),
    ];

    /// <summary>Nine digits from the series and the number, then the Luhn check digit.</summary>
    public static string OrgNumberFor(string series, int number)
    {
        var nine = series + (10017 + (131 * number)).ToString("D5", CultureInfo.InvariantCulture);
        return nine + OrgNumber.CheckDigit(nine).ToString(CultureInfo.InvariantCulture);
    }

    private static DemoFirm Firm(int number, string series, string name, string sni, string street, string postalSuffix, int employees) =>
        new($"firm-{number:D2}", OrgNumberFor(series, number), name, sni, street, postalSuffix, employees);
}
