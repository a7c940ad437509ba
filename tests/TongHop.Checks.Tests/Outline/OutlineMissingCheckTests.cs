using TongHop.Checks.Outline;
using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Testing;

namespace TongHop.Checks.Tests.Outline;

public sealed class OutlineMissingCheckTests
{
    // The outline of the request in shared sample 001, as the request extractor gives it.
    private static readonly ReportRequestInfo Request = new(null, null, [],
    [
        Section("I", "Kết quả công tác về KH, CN và ĐMST", 1),
        Section("II", "Kết quả công tác CĐS", 1,
            Section("1", "Thể chế số", 2), Section("2", "Chính quyền số", 2), Section("3", "Kinh tế số", 2), Section("4", "Xã hội số", 2)),
        Section("III", "Thuận lợi, hạn chế, nguyên nhân và giải pháp", 1,
            Section("1", "Thuận lợi", 2), Section("2", "Hạn chế và nguyên nhân", 2)),
    ]);

    [Fact]
    public void Check_FindsEverySectionOfAReportThatFollowsTheOutline()
    {
        var text = File.ReadAllText(SharedPaths.Sample("clean", "002.txt"));
        Assert.Empty(new OutlineMissingCheck().Check(CheckHarness.Context(text, request: Request)));
    }

    [Fact]
    public void Check_NamesTheMissingSections()
    {
        const string text = "I. Kết quả công tác về khoa học, công nghệ và đổi mới sáng tạo\nII. Kết quả công tác chuyển đổi số\n" +
                            "1. Thể chế số\n2. Chính quyền số\n3. Phát triển kinh tế số\n";
        var missing = new OutlineMissingCheck().Check(CheckHarness.Context(text, request: Request)).Select(f => f.About).ToList();
        Assert.Equal(["Xã hội số", "Thuận lợi, hạn chế, nguyên nhân và giải pháp", "Thuận lợi", "Hạn chế và nguyên nhân"], missing);
    }

    [Fact]
    public void Check_UsesParsedSectionsWhenThereAreSome()
    {
        var sections = new[] { Section("I", "KẾT QUẢ CÔNG TÁC VỀ KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO", 1) };
        var request = Request with { Outline = [Request.Outline[0]] };
        Assert.Empty(new OutlineMissingCheck().Check(CheckHarness.Context("no headings here", sections: sections, request: request)));
    }

    [Fact]
    public void Check_SaysNothingWithoutARequest() =>
        Assert.Empty(new OutlineMissingCheck().Check(CheckHarness.Context("I. Something")));

    private static Section Section(string number, string title, int level, params Section[] children) =>
        new(number, title, level, new TextSpan(0, 0), children);
}
