using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// An issuer written in capitals with an acronym of the body's name (MTTQ, HĐND): the acronym keeps its capitals and
/// the country's name its own, where the rest is lowered to sentence case; a lowered acronym ("mttq") is no Vietnamese
/// word and made the whole issuer look garbled. Headers written for this test.
/// </summary>
public sealed class AcronymIssuerTests
{
    private static readonly MetadataExtractor Extractor = new();

    private static string? Issuer(string first, string second, string number) =>
        Extractor.Extract(new DocumentParser().Parse(
            $"{first}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{second}\tĐộc lập - Tự do - Hạnh phúc\n" +
            $"Số: {number}\tHòa Xuân, ngày 04 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nNội dung báo cáo.\n")).Issuer;

    [Fact]
    public void FrontCommittee_KeepsItsAcronym_AndTheCountrysName() =>
        Assert.Equal("Ủy ban MTTQ Việt Nam phường Hòa Xuân", Issuer("ỦY BAN MTTQ VIỆT NAM", "PHƯỜNG HÒA XUÂN", "31/BC-MTTQ"));

    [Fact]
    public void CouncilsStandingBody_KeepsItsAcronym() =>
        Assert.Equal("Thường trực HĐND phường Hòa Xuân", Issuer("THƯỜNG TRỰC HĐND", "PHƯỜNG HÒA XUÂN", "08/BC-HĐND"));
}
