using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>A request created from its dispatch keeps the dispatch's outline, and the reports answering it are checked against it.</summary>
public sealed partial class RequestOutlineTests
{
    private static readonly string[] Sections =
        ["Kết quả triển khai chuyển đổi số", "Hạ tầng số và nền tảng số", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RequestFromDispatch_ReportMissingASection_GetsOutlineMissing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var requestId = await CreateFromDispatchAsync(world, reviewer);
        var stored = await world.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal(Sections, Application.Requests.RequestOutline.Of(stored.OutlineJson).Select(s => s.Title));

        using var reporter = await Browser.LoginAsync(world.App, world.ReporterA);
        var missing = await UploadAndWaitAsync(world, reporter, requestId, Report(world.Tag, Sections.Where(s => s != "Khó khăn, vướng mắc")));
        var findings = await OutlineFindingsAsync(world, missing.Id);
        Assert.Contains("Khó khăn, vướng mắc", Assert.Single(findings).Message, StringComparison.Ordinal);
        var page = await reporter.Client.GetStringAsync(new Uri($"/Submissions/{missing.Id}", UriKind.Relative));
        // The finding in plain Vietnamese, never its code.
        Assert.Contains("Thiếu mục theo đề cương", page, StringComparison.Ordinal);
        Assert.DoesNotContain("outline-missing", page, StringComparison.Ordinal);
        Assert.Contains("Khó khăn, vướng mắc", page, StringComparison.Ordinal);

        var complete = await UploadAndWaitAsync(world, reporter, requestId, Report(world.Tag + " (bổ sung)", Sections));
        Assert.Empty(await OutlineFindingsAsync(world, complete.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_TamperedOutline_ShowsReasonAndStoresNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var title = "Yêu cầu hỏng " + world.Tag;
        var response = await reviewer.PostFormAsync("/Requests/Create", "/Requests/Create", new()
        {
            ["Input.Title"] = title, ["Input.PeriodLabel"] = "Quý III năm 2025", ["Input.DeadlineDate"] = "2025-10-20",
            ["Input.DeadlineTime"] = "17:00", ["Input.AllowPastDeadline"] = "true", ["Input.UnitIds"] = $"{world.UnitA.Id}",
            ["Input.OutlineText"] = "I. Kết quả thực hiện\nII. \nIII. Đề xuất, kiến nghị",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dòng đề cương «II.» không có tiêu đề", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await world.WithDbAsync(db => db.Requests.AnyAsync(r => r.Title == title)));
    }

    private static async Task<int> CreateFromDispatchAsync(World world, Browser reviewer)
    {
        var dispatch = new StringBuilder($"""
            SỞ KHOA HỌC VÀ CÔNG NGHỆ
            Số: 88/SKHCN-CĐS                  Quảng Ngãi, ngày 02 tháng 9 năm 2025
            V/v báo cáo kết quả chuyển đổi số
            9 tháng đầu năm 2025 {world.Tag}

            Kính gửi: UBND các xã, phường, đặc khu.

            Sở Khoa học và Công nghệ đề nghị các đơn vị báo cáo kết quả theo đề cương kèm theo, gửi về Sở trước ngày 20/10/2025.

            ĐỀ CƯƠNG BÁO CÁO

            """);
        string[] numbers = ["I", "II", "III", "IV"];
        for (var i = 0; i < Sections.Length; i++)
        {
            dispatch.Append(numbers[i]).Append(". ").AppendLine(Sections[i]);
        }

        var read = await reviewer.PostFormAsync("/Requests/Create", "/Requests/Create?handler=FromDispatch", [],
            f => Browser.AddFile(f, "dispatch", "cong-van.txt", Encoding.UTF8.GetBytes(dispatch.ToString())));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var html = await read.Content.ReadAsStringAsync();
        var fields = InputField().Matches(html).Where(m => m.Groups[1].Value is not ("UnitIds" or "IndicatorKeys")).ToDictionary(m => "Input." + m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.Equal("2025-10-20", fields["Input.DeadlineDate"]);
        Assert.Contains("Khó khăn, vướng mắc", html, StringComparison.Ordinal); // the outline is shown before the request is created
        fields["Input.UnitIds"] = $"{world.UnitA.Id}";
        fields["Input.OutlineText"] = WebUtility.HtmlDecode(OutlineText().Match(html).Groups[1].Value);
        fields["Input.AllowPastDeadline"] = "true"; // the dispatch's deadline has passed: the form asks to keep it
        var created = await reviewer.PostFormAsync("/Requests/Create", "/Requests/Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Report(string tag, IEnumerable<string> sections)
    {
        var text = new StringBuilder($"UBND XÃ AN PHÚ\nSố: 301/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số 9 tháng đầu năm 2025 {tag}\n");
        string[] numbers = ["I", "II", "III", "IV"];
        var i = 0;
        foreach (var title in sections)
        {
            text.Append(numbers[i++]).Append(". ").AppendLine(title.ToUpperInvariant());
            text.AppendLine("Xã đã triển khai các nhiệm vụ theo kế hoạch.");
        }

        return text.ToString();
    }

    internal static async Task<Submission> UploadAndWaitAsync(World world, Browser reporter, int requestId, string report)
    {
        var before = await world.WithDbAsync(db => db.Submissions.Where(s => s.RequestId == requestId).Select(s => s.Id).ToListAsync());
        var response = await reporter.PostFormAsync("/Submissions/Upload", "/Submissions/Upload", new() { ["RequestId"] = $"{requestId}", ["Resubmit"] = "true" },
            f => Browser.AddFile(f, "files", "bao-cao.txt", Encoding.UTF8.GetBytes(report)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Submission? done = null;
        await Waiting.UntilAsync(async () =>
        {
            done = await world.WithDbAsync(db => db.Submissions.AsNoTracking()
                .SingleOrDefaultAsync(s => s.RequestId == requestId && !before.Contains(s.Id) && s.State == ProcessingState.Done));
            return done is not null;
        });
        return done!;
    }

    private static Task<List<FindingRecord>> OutlineFindingsAsync(World world, int submissionId) =>
        world.WithDbAsync(db => db.Findings.AsNoTracking().Where(f => f.SubmissionId == submissionId && f.Code == "outline-missing").ToListAsync());

    [GeneratedRegex("name=\"Input\\.(\\w+)\" value=\"([^\"]*)\"")]
    private static partial Regex InputField();

    [GeneratedRegex("<textarea id=\"Input_OutlineText\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex OutlineText();
}
