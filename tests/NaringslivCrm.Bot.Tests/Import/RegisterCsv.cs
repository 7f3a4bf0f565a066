using System.Text;

namespace NaringslivCrm.Bot.Tests.Import;

/// <summary>Builds a register file: a Swedish header and rows, valid unless a test changes a value.</summary>
public sealed class RegisterCsv
{
    public const string Header = "organisationsnummer;namn;sni;gatuadress;postnummer;ort;anställda";

    private readonly List<string> lines = [Header];

    /// <summary>556036-0793 with a Luhn-valid variant per index, a name and an Oskarshamn address.</summary>
    public static string ValidOrgNumber(int index)
    {
        var nine = (559900000 + (index * 7)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return nine + Domain.Companies.OrgNumber.CheckDigit(nine);
    }

    public RegisterCsv Row(string orgnr, string name = "Testbolaget AB", string sni = "25.110", string street = "Industrigatan 1",
        string postal = "572 31", string city = "Oskarshamn", string employees = "12")
    {
        lines.Add(string.Join(';', orgnr, name, sni, street, postal, city, employees));
        return this;
    }

    public RegisterCsv ValidRows(int count, int from = 0)
    {
        for (var i = from; i < from + count; i++)
        {
            Row(ValidOrgNumber(i), $"Testbolag {i} AB");
        }

        return this;
    }

    public RegisterCsv Line(string raw)
    {
        lines.Add(raw);
        return this;
    }

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public override string ToString() => string.Join("\r\n", lines);
}
