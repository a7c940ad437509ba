using TongHop.Core.Documents;
using TongHop.Extraction.Units;

namespace TongHop.Extraction.Tests.Units;

public sealed class IssuerUnitMatcherTests
{
    // A province's units as an administrator would enter them (names with or without "UBND", kinds, parents).
    private static readonly UnitCandidate[] HaTinh =
    [
        new("HT", "Tỉnh Hà Tĩnh", UnitCandidateKind.Province),
        new("DL", "Xã Đồng Lộc", UnitCandidateKind.Commune, "Tỉnh Hà Tĩnh"),
        new("HL", "UBND xã Hồng Lộc", UnitCandidateKind.Commune, "Tỉnh Hà Tĩnh"),
        new("TS", "Phường Thành Sen", UnitCandidateKind.Ward, "Tỉnh Hà Tĩnh"),
        new("SYT", "Sở Y tế", UnitCandidateKind.Department, "Tỉnh Hà Tĩnh"),
        new("SKHCN", "Sở Khoa học và Công nghệ", UnitCandidateKind.Department, "Tỉnh Hà Tĩnh"),
        new("CAT", "Công an tỉnh", UnitCandidateKind.Department, "Tỉnh Hà Tĩnh"),
        new("BVDK", "Bệnh viện Đa khoa tỉnh Hà Tĩnh", UnitCandidateKind.Other, "Sở Y tế"),
        new("DHHT", "Trường Đại học Hà Tĩnh", UnitCandidateKind.University, "Tỉnh Hà Tĩnh"),
    ];

    private static DocumentMetadata Document(string? issuer, string? place = null, string? signerTitle = null) =>
        new(issuer, "1/BC-X", "Báo cáo", place, new DateOnly(2026, 1, 5), null, signerTitle is null ? null : new Signer("Nguyễn Văn A", signerTitle), []);

    [Theory]
    [InlineData("UBND xã Đồng Lộc", "DL")]
    [InlineData("UBND xã Hồng Lộc", "HL")]
    [InlineData("UBND phường Thành Sen", "TS")]
    [InlineData("Sở Y tế", "SYT")]
    [InlineData("Sở Khoa học và Công nghệ", "SKHCN")]
    [InlineData("Công an tỉnh Hà Tĩnh", "CAT")]
    [InlineData("Bệnh viện Đa khoa tỉnh Hà Tĩnh", "BVDK")]
    [InlineData("Trường Đại học Hà Tĩnh", "DHHT")]
    [InlineData("UBND tỉnh Hà Tĩnh", "HT")]
    public void Match_Issuer_ItsUnit(string issuer, string id)
    {
        var match = IssuerUnitMatcher.Match(Document(issuer), HaTinh);
        Assert.NotNull(match);
        Assert.Equal(id, match.Unit.Id);
        Assert.InRange(match.Confidence, 0.85, 0.99);
        Assert.NotEmpty(match.Reasons);
    }

    [Fact]
    public void Match_PlaceAndSignature_AddEvidence()
    {
        var plain = IssuerUnitMatcher.Match(Document("UBND xã Đồng Lộc"), HaTinh)!;
        var full = IssuerUnitMatcher.Match(Document("UBND xã Đồng Lộc", "Đồng Lộc", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), HaTinh)!;
        Assert.True(full.Confidence > plain.Confidence);
        Assert.Contains(full.Reasons, r => r.Contains("Ủy ban nhân dân", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_PartyCommittee_CommuneWithLowerConfidenceAndReason()
    {
        var match = IssuerUnitMatcher.Match(Document("Đảng ủy xã Đồng Lộc"), HaTinh);
        Assert.Equal("DL", match?.Unit.Id);
        Assert.InRange(match!.Confidence, 0.7, 0.85);
        Assert.Contains(match.Reasons, r => r.Contains("Đảng ủy", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_FormerCommune_TheCommuneItWentInto()
    {
        // Xã Mỹ Lộc (Can Lộc district) was merged into xã Đồng Lộc on 1 July 2025.
        var match = IssuerUnitMatcher.Match(Document("UBND xã Mỹ Lộc"), HaTinh);
        Assert.Equal("DL", match?.Unit.Id);
        Assert.Contains(match!.Reasons, r => r.Contains("trước sắp xếp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UBND xã Phòng Lọc")] // one letter from Hồng Lộc, two from Đồng Lộc: a guess either way
    [InlineData("UBND xã Kỳ Anh")] // no such unit in the list
    [InlineData("Sở Tư pháp")]
    [InlineData(null)] // no issuer, place alone: too weak
    public void Match_Unsure_None(string? issuer) => Assert.Null(IssuerUnitMatcher.Match(Document(issuer, "Đồng Lộc"), HaTinh));

    [Fact]
    public void Match_SameNameAtTwoLevels_TheLevelDecides()
    {
        UnitCandidate[] units = [new("X", "Xã Tân An", UnitCandidateKind.Commune), new("P", "Phường Tân An", UnitCandidateKind.Ward)];
        Assert.Equal("P", IssuerUnitMatcher.Match(Document("UBND phường Tân An"), units)?.Unit.Id);
        Assert.Equal("X", IssuerUnitMatcher.Match(Document("UBND xã Tân An"), units)?.Unit.Id);
    }

    [Fact]
    public void Match_DepartmentOfAnotherProvince_None()
    {
        UnitCandidate[] units = [new("SYT-QN", "Sở Y tế tỉnh Quảng Ngãi", UnitCandidateKind.Department)];
        Assert.Null(IssuerUnitMatcher.Match(Document("Sở Y tế tỉnh Gia Lai"), units));
        Assert.Equal("SYT-QN", IssuerUnitMatcher.Match(Document("Sở Y tế tỉnh Quảng Ngãi"), units)?.Unit.Id);
    }

    [Fact]
    public void Match_SlightlyMisspeltUnitName_LowerConfidence()
    {
        var match = IssuerUnitMatcher.Match(Document("Trường Đại học Hà Tỉnh"), HaTinh);
        Assert.Equal("DHHT", match?.Unit.Id); // folded, "Tỉnh" and "Tĩnh" are the same letters
        var garbled = IssuerUnitMatcher.Match(Document("Bệnh viện Đa khoa tỉnh Hà Tinb"), HaTinh);
        Assert.Equal("BVDK", garbled?.Unit.Id);
        Assert.InRange(garbled!.Confidence, 0.7, 0.85);
    }
}
