using CsCheck;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Domain.Tests.Companies;

public class OrgNumberPropertyTests
{
    private static readonly Gen<string> ValidDigits =
        from first in Gen.Int[0, 7].Select(i => "12356789"[i])
        from second in Gen.Char['0', '9']
        from third in Gen.Char['2', '9']
        from rest in Gen.Char['0', '9'].Array[6]
        let nine = $"{first}{second}{third}{new string(rest)}"
        select nine + OrgNumber.CheckDigit(nine);

    [Fact]
    public void Parse_AnyValidGenerated_RoundTrips()
    {
        ValidDigits.Sample(digits =>
        {
            var written = OrgNumber.Parse(digits).Value.ToString();

            var reparsed = OrgNumber.Parse(written);

            Assert.Equal(digits, reparsed.Value.Digits);
        });
    }

    [Fact]
    public void Parse_AnySingleDigitChange_IsRejected()
    {
        var changed =
            from digits in ValidDigits
            from position in Gen.Int[0, 9]
            from delta in Gen.Int[1, 9]
            select (digits, position, delta);

        changed.Sample(t =>
        {
            var chars = t.digits.ToCharArray();
            chars[t.position] = (char)('0' + ((chars[t.position] - '0' + t.delta) % 10));

            Assert.False(OrgNumber.Parse(new string(chars)).IsSuccess);
        });
    }
}
