using TongHop.Application.Intake.Matching;
using TongHop.Core.Documents;
using TongHop.Storage.Entities;

namespace TongHop.Web.Tests.Intake;

/// <summary>The name matcher and the document matcher's rules, on made-up unit lists: sure only without doubt.</summary>
public sealed class UnitMatchingTests
{
    private static readonly IntakeUnit[] Units =
    [
        new(1, "XA-AN-BINH", "Xã An Bình", OrgUnitKind.Commune, "Tỉnh Đồng Tháp", "anbinh@dongthap.test"),
        new(2, "XA-AN-BINH-A", "Xã An Bình A", OrgUnitKind.Commune, "Tỉnh Đồng Tháp", null),
        new(3, "PHUONG-MY-PHUOC", "Phường Mỹ Phước", OrgUnitKind.Ward, "Tỉnh Đồng Tháp", "myphuoc@dongthap.test"),
        new(4, "SO-TNMT", "Sở Nông nghiệp và Môi trường", OrgUnitKind.Department, "Tỉnh Đồng Tháp", null),
        new(5, "BV-TINH", "Bệnh viện Đa khoa tỉnh Đồng Tháp", OrgUnitKind.Other, "Tỉnh Đồng Tháp", null),
    ];

    private static readonly IntakeCandidates Candidates = new(Units,
    [
        new CandidateRequest(10, "Quý III năm 2025", "612/SKHCN-KHTC", "Quý III năm 2025", new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30), DateTime.UtcNow, new HashSet<int> { 1, 2, 3, 4, 5 }),
        new CandidateRequest(11, "6 tháng đầu năm 2025", "301/SKHCN-KHTC", "6 tháng đầu năm 2025", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), DateTime.UtcNow, new HashSet<int> { 1, 2, 3, 4, 5 }),
    ]);

    private static DocumentMetadata Doc(string? issuer, string? place = null) => DocumentMetadata.Empty with { Issuer = issuer, Place = place };

    [Theory]
    [InlineData("UBND xã An Bình", 1)]
    [InlineData("Ủy ban nhân dân phường Mỹ Phước", 3)]
    [InlineData("Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp", 4)]
    [InlineData("BỆNH VIỆN ĐA KHOA TỈNH ĐỒNG THÁP", 5)]
    [InlineData("UBND xã An Bình A", 2)]
    public void Name_SameUnit_IsCertain(string issuer, int unit)
    {
        var match = new NameUnitMatcher().Match(Doc(issuer), Units);
        Assert.Equal(unit, match.Certain?.Unit.Id);
    }

    [Theory]
    [InlineData("UBND xã An Thạnh")]        // another commune of the province, not in the list
    [InlineData("UBND xã Mỹ Phước")]        // the place of a ward, but a commune: a different body
    [InlineData("Sở Y tế")]
    [InlineData("UBND xã An Bìn")]          // a letter off: OCR, or another commune; proposed, never sure
    public void Name_NotInTheList_IsNeverCertain(string issuer)
    {
        var match = new NameUnitMatcher().Match(Doc(issuer), Units);
        Assert.Null(match.Certain);
    }

    [Fact]
    public void Name_ALetterOff_IsProposedWithItsReason_NeverFiled()
    {
        // The reading's own decision (IssuerUnitMatcher) takes this name; intake, over the same scorer, only proposes it.
        var match = new NameUnitMatcher().Match(Doc("UBND phường Mỹ Phượe"), Units);
        Assert.Null(match.Certain);
        var proposal = Assert.Single(match.Scored);
        Assert.Equal(3, proposal.Unit.Id);
        Assert.True(proposal.Confidence <= NameUnitMatcher.NearNameCeiling);
        Assert.Contains(proposal.Reasons, r => r.Contains("cần người xác nhận", StringComparison.Ordinal));
    }

    [Fact]
    public void Name_DepartmentOfAnotherProvince_IsNoCandidate()
    {
        var match = new NameUnitMatcher().Match(Doc("Sở Nông nghiệp và Môi trường tỉnh An Giang"), Units);
        Assert.Empty(match.Scored);
    }

    [Fact]
    public void Name_CommuneBeforeTheMerger_IsTheCommuneItWentInto()
    {
        // Xã Mỹ Lộc (Can Lộc, Hà Tĩnh) went into xã Đồng Lộc on 1 July 2025: the official list says so, not a letter off.
        IntakeUnit[] haTinh = [new(7, "XA-DONG-LOC", "Xã Đồng Lộc", OrgUnitKind.Commune, "Tỉnh Hà Tĩnh", null), .. Units];
        var match = new NameUnitMatcher().Match(Doc("UBND xã Mỹ Lộc"), haTinh);
        Assert.Equal(7, match.Certain?.Unit.Id);
    }

    [Fact]
    public void Name_PartyCommittee_IsItsCommuneLessSurely()
    {
        var match = new NameUnitMatcher().Match(Doc("Đảng ủy phường Mỹ Phước", "Mỹ Phước"), Units);
        Assert.Equal(3, match.Certain?.Unit.Id);
        Assert.True(match.Certain!.Confidence < 0.9);
        Assert.Contains(match.Certain.Reasons, r => r.Contains("Đảng ủy", StringComparison.Ordinal));
    }

    [Fact]
    public void Document_IssuerAndSenderDisagree_WaitsForAPerson()
    {
        var matcher = new DocumentMatcher(new NameUnitMatcher());
        var result = Extract("UBND XÃ AN BÌNH\nSố: 7/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số quý III năm 2025\n");
        var match = matcher.Match(result, "bc.txt", "myphuoc@dongthap.test", null, Candidates);
        Assert.False(match.Certain);
        Assert.Equal(1, match.Unit?.Id);
        Assert.Contains(match.Reasons, r => r.Contains("người gửi là Phường Mỹ Phước", StringComparison.Ordinal));
    }

    [Fact]
    public void Document_PeriodPicksTheRequest_CitationWinsOverIt()
    {
        var matcher = new DocumentMatcher(new NameUnitMatcher());
        var byPeriod = matcher.Match(Extract("UBND XÃ AN BÌNH\nSố: 7/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số quý III năm 2025\n"), "bc.txt", null, null, Candidates);
        Assert.True(byPeriod.Certain);
        Assert.Equal(10, byPeriod.Request?.Id);
        var byCitation = matcher.Match(
            Extract("UBND XÃ AN BÌNH\nSố: 8/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số\nThực hiện Công văn số 301/SKHCN-KHTC ngày 20/6/2025 của Sở Khoa học và Công nghệ.\n"),
            "bc.txt", null, null, Candidates);
        Assert.Equal(11, byCitation.Request?.Id);
        Assert.True(byCitation.Certain);
    }

    [Fact]
    public void Document_TwoRequestsAndNoClue_WaitsForAPerson()
    {
        var matcher = new DocumentMatcher(new NameUnitMatcher());
        var match = matcher.Match(Extract("UBND XÃ AN BÌNH\nSố: 9/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số\n"), "bc.txt", null, null, Candidates);
        Assert.True(match.UnitCertain);
        Assert.False(match.RequestCertain);
        Assert.False(match.Certain);
    }

    private static TongHop.Core.Extraction.ExtractionResult Extract(string text)
    {
        var pipeline = TongHop.Pipeline.ExtractionPipeline.CreateDefault();
        var read = pipeline.Reader.Read(System.Text.Encoding.UTF8.GetBytes(text), "bc.txt");
        return pipeline.Extract(read.Source!);
    }
}
