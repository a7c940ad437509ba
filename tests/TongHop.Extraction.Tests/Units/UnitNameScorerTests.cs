using TongHop.Core.Documents;
using TongHop.Extraction.Units;

namespace TongHop.Extraction.Tests.Units;

/// <summary>The one scorer of an issuer's name against a unit list: every fitting candidate, its score and its kind of match.</summary>
public sealed class UnitNameScorerTests
{
    // A made-up list of a Nghệ An-like province, names written as administrators enter them.
    private static readonly UnitCandidate[] Units =
    [
        new("P", "Tỉnh Nghệ An", UnitCandidateKind.Province),
        new("TH", "Xã Thanh Hà", UnitCandidateKind.Commune, "Tỉnh Nghệ An"),
        new("THA", "Xã Thanh Hòa", UnitCandidateKind.Commune, "Tỉnh Nghệ An"),
        new("VP", "Phường Vinh Phú", UnitCandidateKind.Ward, "Tỉnh Nghệ An"),
        new("STC", "Sở Tài chính", UnitCandidateKind.Department, "Tỉnh Nghệ An"),
        new("TTYT", "Trung tâm Y tế khu vực Đô Lương tỉnh Nghệ An", UnitCandidateKind.Other, "Tỉnh Nghệ An"),
    ];

    private static DocumentMetadata Doc(string? issuer, string? place = null) => DocumentMetadata.Empty with { Issuer = issuer, Place = place };

    private static List<UnitMatch> Score(string? issuer, string? place = null, UnitCandidate[]? units = null) =>
        [.. UnitNameScorer.Score(Doc(issuer, place), units ?? Units).OrderByDescending(m => m.Confidence)];

    [Theory]
    [InlineData("UBND xã Thanh Hà", "TH")]
    [InlineData("ỦY BAN NHÂN DÂN PHƯỜNG VINH PHÚ", "VP")]
    [InlineData("Sở Tài chính tỉnh Nghệ An", "STC")]
    [InlineData("Trung tâm Y tế khu vực Đô Lương", "TTYT")]
    public void SameName_Kind_AndHighScore(string issuer, string id)
    {
        var best = Score(issuer)[0];
        Assert.Equal(id, best.Unit.Id);
        Assert.Equal(UnitMatchKind.SameName, best.Kind);
        Assert.True(best.Confidence >= 0.9, $"{issuer}: {best.Confidence}");
    }

    [Fact]
    public void OneLetterOff_EveryNearCandidate_MarkedNearName()
    {
        var scores = Score("UBND xã Thanh Hả"); // folded "thanh ha": the same name as Thanh Hà, a tone mark off
        Assert.Equal("TH", scores[0].Unit.Id);
        Assert.Equal(UnitMatchKind.SameName, scores[0].Kind);

        var near = Score("UBND xã Thanh Hoà"); // "thanh hoa" : Thanh Hòa exactly (folded), Thanh Hà two letters off
        Assert.Equal(("THA", UnitMatchKind.SameName), (near[0].Unit.Id, near[0].Kind));
        Assert.Contains(near, m => m.Unit.Id == "TH" && m.Kind == UnitMatchKind.NearName && m.Confidence < near[0].Confidence);

        var garbled = Score("UBND xã Thanb Hà");
        Assert.All(garbled, m => Assert.Equal(UnitMatchKind.NearName, m.Kind));
        Assert.Contains(garbled, m => m.Unit.Id == "TH");
    }

    [Fact]
    public void DepartmentOfAnotherProvince_NotACandidate_ThePlaceOfItsParentCounts()
    {
        Assert.Empty(Score("Sở Tài chính tỉnh Hà Tĩnh"));
        var same = Score("Sở Tài chính tỉnh Nghệ An")[0];
        Assert.Equal("STC", same.Unit.Id);
        Assert.DoesNotContain("không ghi tên tỉnh", same.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void FormerCommune_ScoredAsSuch()
    {
        // Xã Mỹ Lộc (Can Lộc, Hà Tĩnh) went into xã Đồng Lộc on 1 July 2025.
        UnitCandidate[] haTinh = [new("DL", "Xã Đồng Lộc", UnitCandidateKind.Commune, "Tỉnh Hà Tĩnh")];
        var match = Assert.Single(Score("UBND xã Mỹ Lộc", units: haTinh));
        Assert.Equal(UnitMatchKind.FormerCommune, match.Kind);
    }

    [Fact]
    public void NoIssuer_PlaceOnly_WeakAndMarked()
    {
        var match = Assert.Single(Score(null, "Vinh Phú"));
        Assert.Equal(("VP", UnitMatchKind.PlaceOnly), (match.Unit.Id, match.Kind));
        Assert.True(match.Confidence < IssuerUnitMatcher.MinConfidence);
        Assert.Empty(Score(null, null));
    }

    [Fact]
    public void PartyCommittee_SameName_LowerThanThePeoplesCommittee()
    {
        var party = Score("Đảng ủy xã Thanh Hà")[0];
        var committee = Score("UBND xã Thanh Hà")[0];
        Assert.Equal(("TH", UnitMatchKind.SameName), (party.Unit.Id, party.Kind));
        Assert.True(party.Confidence < committee.Confidence - 0.1);
    }
}
