using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TongHop.Testing;
using TongHop.Text.Normalization;

namespace TongHop.Web.BrowserTests;

/// <summary>
/// The reviewer's desk in a real browser: a scanned report's page (and a text-layer PDF's, a DOCX's laid out by
/// LibreOffice) shown beside its values with the evidence boxed where the value is printed (checked by reading the
/// boxed part of the PDF again with tesseract); every page, as
/// every role, at 1366×768 and 390×844, free of English words and codes, without sideways scrolling on the phone.
/// Screenshots go to artifacts/screenshots/desk/.
/// </summary>
public sealed partial class ReviewerDeskTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly string Shots = SharedPaths.Repo("artifacts", "screenshots", "desk");

    // English words and code names that must never reach a user (whole words, compared lower-case). Grow it when a new one is found.
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "is", "not", "with", "from", "for", "to be", "none", "null", "undefined", "true", "false", "nan",
        "warning", "error", "info", "failed", "done", "queued", "processing", "pending", "auto", "confirmed", "corrected", "rejected",
        "percent", "count", "people", "vnd", "km2", "sum", "mean", "ratio", "ratio_of_sums", "ratioofsums",
        "outline", "missing", "mismatch", "citation", "numerator", "denominator", "parts", "unsupported", "file", "format",
        "ontime", "late", "notyetdue", "actual", "target", "exact", "greaterthan", "lessthan", "approximately",
        "submit", "upload", "download", "status", "report", "request", "unit", "units", "value", "values", "review", "search",
        "dashboard", "figures", "table", "login", "logout", "password", "user", "admin", "reviewer", "leader", "reporter", "page",
    };

    [Fact]
    public Task ScannedReport_PageBesideValues_EvidenceBoxedWhereTheValueIs()
    {
        var scan = SharedPaths.Repo("tests", "fixtures", "formats", "bao-cao-phuong-tan-an.scan.pdf");
        return EvidenceBoxedWhereTheValueIsAsync(scan, scan, 2, "review-scan-evidence");
    }

    [Fact]
    public Task TextLayerPdf_PageBesideValues_EvidenceBoxedFromTheLettersPositions()
    {
        var typed = SharedPaths.Repo("tests", "fixtures", "formats", "bao-cao-phuong-tan-an.pdf");
        return EvidenceBoxedWhereTheValueIsAsync(typed, typed, null, "review-pdf-evidence");
    }

    [Fact]
    public async Task DocxReport_LaidOutAsPages_EvidenceBoxedWhereTheValueIs()
    {
        // The check reads the boxed region of the DOCX laid out by LibreOffice here, as the app lays it out.
        var docx = SharedPaths.Repo("tests", "fixtures", "formats", "bao-cao-phuong-tan-an.docx");
        var folder = Directory.CreateTempSubdirectory("tonghop-docx-check-");
        try
        {
            await RunAsync("soffice", "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, docx);
            await EvidenceBoxedWhereTheValueIsAsync(docx, Path.Combine(folder.FullName, "bao-cao-phuong-tan-an.pdf"), null, "review-docx-evidence");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Uploads the report, opens its review page, clicks a value with a box and reads the boxed region of `asPdf` again
    // (with tesseract, independently of the app): the words there are the evidence's words. Then the phone.
    private async Task EvidenceBoxedWhereTheValueIsAsync(string report, string asPdf, int? pages, string shot)
    {
        Directory.CreateDirectory(Shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await DeskPageAsync(browser);
        page.SetDefaultTimeout(300_000); // the OCR of two scanned pages on a loaded machine; this is no timing test
        await LoginAsync(page, "chuyenvien");

        await page.OpenAsync(app.BaseUrl + "/Submissions/Upload?requestId=1");
        await page.SetInputFilesAsync("#report", report);
        if (await page.Locator("#resubmit").CountAsync() > 0)
        {
            await page.CheckAsync("#resubmit"); // the unit already sent a version: this one replaces it
        }

        // The page after sending always says what happened, in #message (a GET of the form has none).
        await page.ClickThroughAsync("#send", "#message");
        if (await page.Locator("#resubmit").CountAsync() > 0 && !await page.Locator("#resubmit").IsCheckedAsync())
        {
            // The unit chosen by default had already sent its report: the page says so and offers "Nộp lại".
            await page.SetInputFilesAsync("#report", report);
            await page.CheckAsync("#resubmit");
            await page.ClickAsync("#send");
        }

        var row = page.Locator("#submissions tr[data-submission]", new() { HasText = Path.GetFileName(report) }).First;
        await row.Locator("[data-state=Done]").WaitForAsync();
        await row.Locator("a:text-is('Xem')").ClickAsync();
        // A DOCX or text report is laid out by a job of its own after its reading: until its pages exist the page says so.
        await page.WaitForSelectorAsync("#doc", new() { State = WaitForSelectorState.Attached });
        for (var tries = 0; await page.Locator("#scan .page img").CountAsync() == 0; tries++)
        {
            Assert.True(await page.Locator("#layout-pending").CountAsync() == 1, "no page images and no note that they are being made");
            Assert.True(tries < 300, "the original was never laid out as pages");
            await Task.Delay(1000);
            await page.ReopenAsync();
            await page.WaitForSelectorAsync("#doc", new() { State = WaitForSelectorState.Attached });
        }

        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#scan .page img')].every(i => i.complete && i.naturalWidth > 0)");
        if (pages is { } count)
        {
            Assert.Equal(count, await page.Locator("#scan .page").CountAsync());
        }

        var boxed = page.Locator("#values tr[data-value-id]:not([data-boxes=''])");
        var values = await page.Locator("#values tr[data-value-id]").CountAsync();
        Assert.True(await boxed.CountAsync() > 0, "no value of the report has an evidence box");
        var value = boxed.First;
        await value.ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        var box = page.Locator("#scan .evidence-box").First;
        await box.WaitForAsync();
        Assert.True(await box.IsVisibleAsync());
        await ShotAsync(page, shot + "-1366");

        var (pageNumber, x, y, w, h) = await BoxOfAsync(box);
        var boxedText = VietnameseText.FoldLower(await OcrRegionAsync(asPdf, pageNumber, x, y, w, h));
        var evidence = VietnameseText.FoldLower(await value.Locator(".evidence").InnerTextAsync());
        var evidenceWords = Words(evidence).Where(t => t.Length > 2).ToHashSet();
        var shared = Words(boxedText).Where(evidenceWords.Contains).Distinct().ToList();
        Assert.True(shared.Count >= 3, $"the box on page {pageNumber} reads \"{boxedText}\", not the evidence \"{evidence}\" ({await boxed.CountAsync()} of {values} values boxed)");

        // The same page on a phone: the image above the values, the box drawn, nothing wider than the screen.
        var phone = await PhoneBesideAsync(page);
        await phone.OpenAsync(page.Url);
        await phone.Locator("#values tr[data-value-id]:not([data-boxes=''])").First.ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await phone.Locator("#scan .evidence-box").First.WaitForAsync();
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await ShotAsync(phone, shot + "-390");
    }

    [Fact]
    public async Task DoubtfulValue_LeadsTheValues_Marked()
    {
        // A value the reader was unsure of (confidence 0.62), the last of a demo report's values in the text: the review page
        // lists it first, marked "Cần xem kỹ", with a note above the table; on a phone too, nothing wider than the screen.
        var (submission, valueId) = await app.WithDbAsync(async db =>
        {
            var value = await db.Values.Where(v => v.Review == TongHop.Storage.Entities.ReviewState.Auto)
                .OrderBy(v => v.SubmissionId).ThenByDescending(v => v.SpanStart).FirstAsync();
            value.Confidence = 0.62;
            await db.SaveChangesAsync();
            return (value.SubmissionId, value.Id);
        });

        Directory.CreateDirectory(Shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await DeskPageAsync(browser);
        await LoginAsync(page, "chuyenvien");
        await page.OpenAsync($"{app.BaseUrl}/Submissions/{submission}");
        // Every marked row (the demo's own unsure values too) stands before every unmarked one.
        var marked = await page.EvaluateAsync<bool[]>("() => [...document.querySelectorAll('#values tr[data-value-id]')].map(r => !!r.querySelector('.badge.doubt'))");
        var doubtful = marked.Count(m => m);
        Assert.True(doubtful >= 1 && marked.Take(doubtful).All(m => m), $"marked rows: {string.Join(", ", marked)}");
        var row = page.Locator($"#values tr[data-value-id='{valueId}']");
        Assert.Equal("Cần xem kỹ", await row.Locator(".badge.doubt").InnerTextAsync());
        Assert.Equal("Độ tin cậy 62%", await row.Locator(".badge.doubt").GetAttributeAsync("title"));
        Assert.StartsWith($"{doubtful} giá trị chưa rà soát có độ tin cậy dưới 90% được xếp lên đầu", await page.Locator("#doubt-hint").InnerTextAsync(), StringComparison.Ordinal);
        await row.ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "review-doubtful-1366");

        var phone = await PhoneBesideAsync(page);
        await phone.OpenAsync(page.Url);
        await phone.Locator("#doubt-hint").ScrollIntoViewIfNeededAsync();
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await ShotAsync(phone, "review-doubtful-390");
    }

    [Fact]
    public async Task EveryPage_AsEveryRole_IsVietnamese_AndFitsAPhone()
    {
        Directory.CreateDirectory(Shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var shot = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var anonymous = await DeskPageAsync(browser);
        await anonymous.OpenAsync(app.BaseUrl + "/Account/Login");
        problems.AddRange(await CheckAsync(anonymous, "khach", "/Account/Login", shot));

        foreach (var user in new[] { "admin", "chuyenvien", "lanhdao", "lyson" })
        {
            var page = await DeskPageAsync(browser);
            page.SetDefaultTimeout(60_000);
            await LoginAsync(page, user);
            var queue = new Queue<string>(["/", "/Search?q=chuyen+doi+so"]);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (queue.Count > 0 && seen.Count < 40)
            {
                var path = queue.Dequeue();
                if (!seen.Add(Pattern(path)))
                {
                    continue;
                }

                await page.OpenAsync(app.BaseUrl + path);
                problems.AddRange(await CheckAsync(page, user, path, shot));
                foreach (var link in await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"))
                {
                    if (link.StartsWith('/') && !link.StartsWith("/api", StringComparison.Ordinal) && !link.StartsWith("/openapi", StringComparison.Ordinal)
                        && !link.Contains("handler=", StringComparison.Ordinal) && !link.StartsWith("/Account/Logout", StringComparison.Ordinal))
                    {
                        queue.Enqueue(link.Split('#')[0]);
                    }
                }
            }

            Assert.True(seen.Count >= 4, $"{user} reached only {seen.Count} pages");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // Visible text (and the placeholders, titles, labels and options a user reads), English words, then the phone.
    private async Task<List<string>> CheckAsync(IPage page, string user, string path, HashSet<string> shot)
    {
        var problems = new List<string>();
        var text = await page.EvaluateAsync<string>(VisibleTextScript);
        foreach (var word in CodeWords().Matches(text).Select(m => m.Value).Distinct())
        {
            var lower = word.ToLowerInvariant();
            if (English.Contains(lower) || lower.Contains('_', StringComparison.Ordinal) || (lower.Contains('-', StringComparison.Ordinal) && lower.Split('-').Any(English.Contains)))
            {
                problems.Add($"{user} {path}: \"{word}\"");
            }
        }

        var name = Regex.Replace(Pattern(path).Trim('/'), "[^A-Za-z0-9]+", "-").Trim('-');
        name = name.Length == 0 ? "trang-chu" : name;
        if (shot.Add(name))
        {
            await ShotAsync(page, name + "-1366");
            var phone = await PhoneBesideAsync(page);
            await phone.OpenAsync(page.Url);
            var (scrollWidth, innerWidth) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
            if (scrollWidth > innerWidth)
            {
                problems.Add($"{user} {path}: {scrollWidth} px wide on a {innerWidth} px phone");
            }

            await ShotAsync(phone, name + "-390");
            await phone.CloseAsync();
        }

        return problems;
    }

    private const string VisibleTextScript = """
        () => {
          const parts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || el.closest('script, style, code, kbd, noscript, [translate=no]') || !el.checkVisibility()) continue;
            parts.push(n.textContent);
          }
          for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], img[alt], option')) {
            if (el.tagName !== 'OPTION' && !el.checkVisibility()) continue;
            parts.push(el.getAttribute('placeholder') || '', el.getAttribute('title') || '', el.getAttribute('aria-label') || '', el.getAttribute('alt') || '');
            if (el.tagName === 'OPTION') parts.push(el.textContent);
          }
          for (const b of document.querySelectorAll('input[type=submit], input[type=button]')) parts.push(b.value);
          return parts.join(' ');
        }
        """;

    private static string Pattern(string path) => Regex.Replace(path.Split('?')[0], "[0-9]+", "#") + (path.Contains("q=", StringComparison.Ordinal) ? "?q" : "");

    private static IEnumerable<string> Words(string text) => Regex.Split(text, "[^\\p{L}\\p{N}]+").Where(t => t.Length > 0);

    private async Task LoginAsync(IPage page, string user)
    {
        await page.LogInAsync(app.BaseUrl, user, app.PasswordOf(user));
    }

    private static async Task<(int Page, double X, double Y, double W, double H)> BoxOfAsync(ILocator box)
    {
        var page = int.Parse(await box.EvaluateAsync<string>("b => b.parentElement.dataset.page"), CultureInfo.InvariantCulture);
        var style = await box.EvaluateAsync<double[]>("b => [b.style.left, b.style.top, b.style.width, b.style.height].map(v => parseFloat(v) / 100)");
        return (page, style[0], style[1], style[2], style[3]);
    }

    // Renders the region of the PDF page at 200 dpi with pdftoppm and reads it with tesseract (vie).
    private static async Task<string> OcrRegionAsync(string pdf, int page, double x, double y, double w, double h)
    {
        var info = await RunAsync("pdfinfo", "-f", $"{page}", "-l", $"{page}", pdf);
        var size = Regex.Match(info, @"Page\s+" + page + @" size:\s+([\d.]+) x ([\d.]+) pts");
        Assert.True(size.Success, info);
        const double dpi = 200;
        var width = double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture) / 72 * dpi;
        var height = double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture) / 72 * dpi;
        var stem = Path.Combine(Path.GetTempPath(), "tonghop-box-" + Guid.NewGuid().ToString("N"));
        string I(double v) => ((int)Math.Round(v)).ToString(CultureInfo.InvariantCulture);
        await RunAsync("pdftoppm", "-r", "200", "-f", $"{page}", "-l", $"{page}", "-singlefile", "-gray",
            "-x", I(x * width), "-y", I(y * height), "-W", I(w * width), "-H", I(h * height), pdf, stem);
        try
        {
            return await RunAsync("tesseract", stem + ".pgm", "stdout", "-l", "vie", "--psm", "6");
        }
        finally
        {
            File.Delete(stem + ".pgm");
        }
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {errors}");
        return output;
    }

    // A 1366 × 768 page in a context of its own (one login), where PhoneBesideAsync can open a second page.
    private static async Task<IPage> DeskPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh",
        });
        return await context.NewPageAsync();
    }

    // A 390 × 844 page in the same browser context (the same login).
    private static async Task<IPage> PhoneBesideAsync(IPage page)
    {
        var phone = await page.Context.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        phone.SetDefaultTimeout(60_000);
        return phone;
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png") });

    // Runs of Latin letters (with _ and - inside, as codes are written); Vietnamese words are checked by the list only.
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*")]
    private static partial Regex CodeWords();
}
