using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// The number, signer and "Nơi nhận" of the province's synthesis, set per request (issue 20): on the create and edit
/// pages and in the API, checked with Vietnamese messages, kept in the request's history, and written in the .docx.
/// </summary>
public sealed class RequestSigningTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Page_EditSigning_IsStored_ShownAgain_InTheHistory_AndInTheSynthesis(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var id = world.Request.Id;
        var page = WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Requests/{id}/Edit", UriKind.Relative)));
        Assert.Contains("Báo cáo tổng hợp: số, người ký, nơi nhận", page, StringComparison.Ordinal);
        Assert.Contains("placeholder=\"KT. GIÁM ĐỐC\"", page, StringComparison.Ordinal);

        var saved = await PostEditAsync(reviewer, world, await FieldsAsync(world, new()
        {
            ["Input.SynthesisNumber"] = "Số: 318/BC-SKHCN", ["Input.SignerAuthority"] = "KT. GIÁM ĐỐC", ["Input.SignerTitle"] = "PHÓ GIÁM ĐỐC",
            ["Input.SignerName"] = "Mai  Xuân Thành", ["Input.SynthesisRecipients"] = "- Thường trực HĐND tỉnh (b/c);\n\nVăn phòng UBND tỉnh\n- Lưu: VT, QLCN.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var request = await world.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(("318/BC-SKHCN", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Mai Xuân Thành"), (request.SynthesisNumber, request.SignerAuthority, request.SignerTitle, request.SignerName));
        Assert.Equal("Thường trực HĐND tỉnh (b/c);\nVăn phòng UBND tỉnh\nLưu: VT, QLCN.", request.SynthesisRecipients);

        var again = WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri($"/Requests/{id}/Edit", UriKind.Relative)));
        Assert.Contains("value=\"Mai Xuân Thành\"", again, StringComparison.Ordinal);
        Assert.Contains("value=\"318/BC-SKHCN\"", again, StringComparison.Ordinal);
        Assert.Contains("người ký «» → «KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Mai Xuân Thành»", again, StringComparison.Ordinal);
        Assert.Contains("nơi nhận (3 dòng)", again, StringComparison.Ordinal);

        var docx = await reviewer.GetAsync($"/Requests/{id}?handler=Synthesis&format=docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Số: 318/BC-SKHCN", paragraphs);
        Assert.Contains("Mai Xuân Thành", paragraphs);
        var list = paragraphs[(paragraphs.IndexOf("Nơi nhận:") + 1)..paragraphs.IndexOf("KT. GIÁM ĐỐC")];
        Assert.Equal(["- Thường trực HĐND tỉnh (b/c);", "- Văn phòng UBND tỉnh;", "- Lưu: VT, QLCN."], list);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Page_BadSigning_ExplainsInVietnamese_AndSavesNothing(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var id = world.Request.Id;
        var refused = await PostEditAsync(reviewer, world, await FieldsAsync(world, new()
        {
            ["Input.SynthesisNumber"] = "318 BC SKHCN", ["Input.SignerAuthority"] = "KT. GIÁM ĐỐC", ["Input.SignerName"] = new string('A', 201),
        }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("phải có dạng «125/BC-SKHCN»", html, StringComparison.Ordinal);
        Assert.Contains("thì cần nhập cả chức vụ người ký", html, StringComparison.Ordinal);
        Assert.Contains("Họ tên người ký quá dài (tối đa 200 ký tự).", html, StringComparison.Ordinal);
        // The person's input is kept in the form to correct.
        Assert.Contains("value=\"318 BC SKHCN\"", html, StringComparison.Ordinal);
        var request = await world.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((null, null, null), (request.SynthesisNumber, request.SignerAuthority, request.SignerName));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Page_CreateForm_StartsFromTheLastSigner_WithTheSymbolButNotTheNumber(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var name = "Lương Thị Diệu " + world.Tag;
        await world.WithDbAsync(async db =>
        {
            var request = await db.Requests.AsTracking().SingleAsync(r => r.Id == world.Request.Id);
            (request.SynthesisNumber, request.SignerTitle, request.SignerName, request.SynthesisRecipients) = ("77/BC-SKHCN", "GIÁM ĐỐC", name, "UBND tỉnh (b/c);\nLưu: VT.");
            return await db.SaveChangesAsync();
        });
        var form = WebUtility.HtmlDecode(await reviewer.Client.GetStringAsync(new Uri("/Requests/Create", UriKind.Relative)));
        Assert.Contains($"value=\"{name}\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"/BC-SKHCN\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("77/BC-SKHCN", form, StringComparison.Ordinal);
        Assert.Contains("UBND tỉnh (b/c);\nLưu: VT.</textarea>", form, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Api_CreateWithSigning_ThenPatchOneField_KeepsTheOthers(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var api = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Reviewer));
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Báo cáo nhanh về an toàn thông tin " + world.Tag), "title" }, { new StringContent("Tháng 11 năm 2025"), "periodLabel" },
            { new StringContent("2031-12-05T17:00"), "deadline" }, { new StringContent($"{world.UnitA.Id}"), "unitIds" },
            { new StringContent("/BC-SKHCN"), "synthesisNumber" }, { new StringContent("GIÁM ĐỐC"), "signerTitle" }, { new StringContent("Phùng Thế Dũng"), "signerName" },
            { new StringContent("Bộ Khoa học và Công nghệ (b/c);"), "synthesisRecipients" }, { new StringContent("Lưu: VT, CNTT."), "synthesisRecipients" },
        };
        var created = await api.PostAsync(new Uri("/api/requests", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using (var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()))
        {
            var synthesis = body.RootElement.GetProperty("synthesis");
            Assert.Equal("/BC-SKHCN", synthesis.GetProperty("number").GetString());
            Assert.Equal(JsonValueKind.Null, synthesis.GetProperty("signerAuthority").ValueKind);
            Assert.Equal("Phùng Thế Dũng", synthesis.GetProperty("signerName").GetString());
            Assert.Equal(["Bộ Khoa học và Công nghệ (b/c);", "Lưu: VT, CNTT."], synthesis.GetProperty("recipients").EnumerateArray().Select(e => e.GetString()));
        }

        var location = new Uri(created.Headers.Location!.ToString(), UriKind.Relative);
        using var patch = new FormUrlEncodedContent(new Dictionary<string, string> { ["synthesisNumber"] = "402/BC-SKHCN", ["signerName"] = "" });
        var patched = await api.PatchAsync(location, patch);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        using (var body = JsonDocument.Parse(await api.GetStringAsync(location)))
        {
            var synthesis = body.RootElement.GetProperty("synthesis");
            Assert.Equal("402/BC-SKHCN", synthesis.GetProperty("number").GetString());
            Assert.Equal("GIÁM ĐỐC", synthesis.GetProperty("signerTitle").GetString());
            Assert.Equal(JsonValueKind.Null, synthesis.GetProperty("signerName").ValueKind);
            Assert.Equal(2, synthesis.GetProperty("recipients").GetArrayLength());
            Assert.StartsWith("Báo cáo nhanh về an toàn thông tin", body.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Equal(world.UnitA.Id, Assert.Single(body.RootElement.GetProperty("recipients").EnumerateArray()).GetProperty("unitId").GetInt32());
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Api_PatchBadSigning_IsAProblemInVietnamese_UnknownIsNotFound_ReporterIsForbidden(string provider)
    {
        var world = await World.CreateAsync(provider);
        using var api = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.Reviewer));
        using var bad = new FormUrlEncodedContent(new Dictionary<string, string> { ["signerAuthority"] = "TL. GIÁM ĐỐC" });
        var refused = await api.PatchAsync(new Uri($"/api/requests/{world.Request.Id}", UriKind.Relative), bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("cần nhập cả chức vụ người ký", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(await world.WithDbAsync(db => db.Requests.Where(r => r.Id == world.Request.Id).Select(r => r.SignerAuthority).SingleAsync()));

        using var any = new FormUrlEncodedContent(new Dictionary<string, string> { ["signerTitle"] = "GIÁM ĐỐC" });
        Assert.Equal(HttpStatusCode.NotFound, (await api.PatchAsync(new Uri("/api/requests/987654", UriKind.Relative), any)).StatusCode);
        using var reporter = ApiTests.Client(world, await ApiTests.CreateTokenAsync(world, world.ReporterA));
        using var again = new FormUrlEncodedContent(new Dictionary<string, string> { ["signerTitle"] = "GIÁM ĐỐC" });
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PatchAsync(new Uri($"/api/requests/{world.Request.Id}", UriKind.Relative), again)).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostEditAsync(Browser browser, World world, List<KeyValuePair<string, string>> fields)
    {
        var page = $"/Requests/{world.Request.Id}/Edit";
        fields.Add(new("__RequestVerificationToken", await browser.TokenAsync(page)));
        using var content = new FormUrlEncodedContent(fields);
        return await browser.Client.PostAsync(new Uri(page, UriKind.Relative), content);
    }

    // The edit form's fields as the page sends them (the request's own), with the signing fields given.
    private static async Task<List<KeyValuePair<string, string>>> FieldsAsync(World world, Dictionary<string, string> signing)
    {
        var r = await world.WithDbAsync(db => db.Requests.AsNoTracking().Include(x => x.Recipients).SingleAsync(x => x.Id == world.Request.Id));
        var local = Core.Time.ProvinceTime.ToLocal(r.DeadlineUtc);
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = r.Title, ["Input.PeriodLabel"] = r.PeriodLabel, ["Input.DeadlineDate"] = local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.DeadlineTime"] = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), ["Input.AllowPastDeadline"] = "true",
        };
        foreach (var (key, value) in signing)
        {
            fields[key] = value;
        }

        return [.. fields, .. r.Recipients.Select(x => new KeyValuePair<string, string>("Input.UnitIds", $"{x.UnitId}"))];
    }
}
