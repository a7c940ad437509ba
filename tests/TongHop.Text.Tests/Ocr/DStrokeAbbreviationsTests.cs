using TongHop.Text.Ocr;

namespace TongHop.Text.Tests.Ocr;

public sealed class DStrokeAbbreviationsTests
{
    // The misreadings the citation reader's table listed, and repair's kinds (D, P, B, b, d for Đ; O or 0 for QĐ's Q).
    [Theory]
    [InlineData("QD", "QĐ")]
    [InlineData("QB", "QĐ")]
    [InlineData("QP", "QĐ")]
    [InlineData("Qb", "QĐ")]
    [InlineData("Qd", "QĐ")]
    [InlineData("OD", "QĐ")]
    [InlineData("0D", "QĐ")]
    [InlineData("0P", "QĐ")]
    [InlineData("OP", "QĐ")]
    [InlineData("0B", "QĐ")]
    [InlineData("ND", "NĐ")]
    [InlineData("NP", "NĐ")]
    [InlineData("NDB", "NĐ")]
    [InlineData("BCD", "BCĐ")]
    [InlineData("BCP", "BCĐ")]
    [InlineData("BCB", "BCĐ")]
    [InlineData("BCDTW", "BCĐTW")]
    [InlineData("BCPTW", "BCĐTW")]
    [InlineData("BCBTW", "BCĐTW")]
    [InlineData("DU", "ĐU")]
    [InlineData("PU", "ĐU")]
    [InlineData("HDND", "HĐND")]
    [InlineData("HPND", "HĐND")]
    [InlineData("HBND", "HĐND")]
    [InlineData("DMST", "ĐMST")]
    [InlineData("PMST", "ĐMST")]
    [InlineData("BMST", "ĐMST")]
    [InlineData("CDS", "CĐS")]
    [InlineData("CPS", "CĐS")]
    [InlineData("CBS", "CĐS")]
    [InlineData("DH", "ĐH")]
    [InlineData("DHQG", "ĐHQG")]
    [InlineData("GDDT", "GDĐT")]
    [InlineData("SGDDT", "SGDĐT")]
    [InlineData("SGDPT", "SGDĐT")]
    [InlineData("TTDT", "TTĐT")]
    [InlineData("KHDT", "KHĐT")]
    [InlineData("DBSCL", "ĐBSCL")]
    [InlineData("DDBQH", "ĐĐBQH")]
    [InlineData("LDTBXH", "LĐTBXH")]
    [InlineData("VPDU", "VPĐU")]
    [InlineData("QDTTg", "QĐTTG")]
    [InlineData("DVT", "ĐVT")]
    [InlineData("PVT", "ĐVT")]
    [InlineData("DPVT", "ĐVT")] // a Đ read as two letters
    [InlineData("DPMST", "ĐMST")]
    [InlineData("PBMST", "ĐMST")]
    public void Restore_ReadsAMisreadĐ(string part, string expected) => Assert.Equal(expected, DStrokeAbbreviations.Restore(part));

    [Theory]
    [InlineData("UBND")] // no reading of its D or B is an abbreviation
    [InlineData("PB")]
    [InlineData("DN")]
    [InlineData("CP")]
    [InlineData("TTg")]
    [InlineData("HD")] // Hướng dẫn, not HĐ Hợp đồng
    [InlineData("DA")] // Dự án, not ĐA Đề án
    [InlineData("PA")] // Phương án
    [InlineData("GDPT")] // Giáo dục phổ thông, not GDĐT
    [InlineData("QĐ")] // already right
    [InlineData("BCĐ06")]
    [InlineData("ubnd")] // two lower-case letters: a word, not a symbol part
    [InlineData("qd")]
    [InlineData("12D")]
    [InlineData("")]
    public void Restore_LeavesOtherPartsAlone(string part) => Assert.Null(DStrokeAbbreviations.Restore(part));

    [Fact]
    public void EveryListedAbbreviation_HasĐ_AndIsUpperCase()
    {
        Assert.All(DStrokeAbbreviations.All, a =>
        {
            Assert.Contains('Đ', a);
            Assert.Equal(a.ToUpperInvariant(), a);
        });
        Assert.DoesNotContain(DStrokeAbbreviations.Plain, p => p.Contains('Đ', StringComparison.Ordinal));
    }

    [Fact]
    public void EveryListedAbbreviation_IsRestoredFromItsDForm()
    {
        // A part with a digit is a code, never restored ("BCĐ06" is listed so that it is left as written); a D-form that
        // is a standard abbreviation itself (HD for HĐ, DA for ĐA) stays.
        var restorable = DStrokeAbbreviations.All
            .Where(a => !a.Any(char.IsDigit) && !DStrokeAbbreviations.Plain.Contains(a.Replace('Đ', 'D')))
            .ToList();
        Assert.True(restorable.Count >= 30);
        foreach (var abbreviation in restorable)
        {
            Assert.Equal(abbreviation, DStrokeAbbreviations.Restore(abbreviation.Replace('Đ', 'D')));
        }
    }
}
