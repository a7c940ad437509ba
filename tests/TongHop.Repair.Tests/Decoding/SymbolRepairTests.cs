using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

public sealed class SymbolRepairTests
{
    [Theory]
    [InlineData("223/QD-UBND", "223/QĐ-UBND")]
    [InlineData("02-KH/BCDTW", "02-KH/BCĐTW")]
    [InlineData("1464/SKHCN-KH&PMST", "1464/SKHCN-KH&ĐMST")]
    [InlineData("327/Qb-", "327/QĐ-")]
    [InlineData("13/2023/ND-CP", "13/2023/NĐ-CP")]
    [InlineData("HDND", "HĐND")]
    [InlineData("42/2022/NDB-CP", "42/2022/NĐ-CP")]
    [InlineData("15/CT-TTDT", "15/CT-TTĐT")]
    [InlineData("327/0P-UBND", "327/QĐ-UBND")]
    [InlineData("I11", "III")]
    [InlineData("I1", "II")]
    [InlineData("VNelD", "VNeID")]
    [InlineData("VNelID", "VNeID")]
    [InlineData("Xl", "XI")]
    public void Restore_PutsĐBackInKnownAbbreviations(string symbol, string expected) =>
        Assert.Equal(expected, SymbolRepair.Restore(symbol));

    [Theory]
    [InlineData("359-KH/TU")]
    [InlineData("UBND")]
    [InlineData("57-NQ/TW")]
    [InlineData("71/NQ-CP")]
    [InlineData("PB")]
    [InlineData("IIIl1")] // five I's: no numeral
    [InlineData("12/HD-UBND")] // Hướng dẫn, a type of its own, not HĐ (Hợp đồng)
    [InlineData("05/DA-UBND")] // Dự án
    public void Restore_LeavesOtherSymbolsAlone(string symbol) => Assert.Equal(symbol, SymbolRepair.Restore(symbol));
}
