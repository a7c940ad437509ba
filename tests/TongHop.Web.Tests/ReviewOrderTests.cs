using TongHop.Core.Indicators;
using TongHop.Storage.Entities;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// The review page leads with the values the reader was not sure of (confidence under 0.9) that nobody has reviewed yet,
/// marked "Cần xem kỹ"; once reviewed, a value goes back to its place in the text.
/// </summary>
public sealed class ReviewOrderTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DoubtfulValues_ComeFirst_UntilReviewed(string provider)
    {
        var world = await World.CreateAsync(provider);
        var s = world.SubmissionA;
        ReportedValue Value(string key, decimal value, int start, double confidence) => new()
        {
            SubmissionId = s.Id, RequestId = s.RequestId, UnitId = s.UnitId, IndicatorKey = key, Kind = TongHop.Core.Extraction.ValueKind.Actual,
            Value = value, MeasureUnit = MeasureUnit.Count, Evidence = "có " + value + " đơn vị", SpanStart = start, SpanEnd = start + 2,
            Confidence = confidence,
        };
        var (sure, doubtful) = await world.WithDbAsync(async db =>
        {
            var early = Value("villages", 7, 2, 0.97);
            var late = Value("portal_news", 41, 30, 0.62);
            db.Values.AddRange(early, late);
            await db.SaveChangesAsync();
            return (early, late);
        });

        using var reviewer = await Browser.LoginAsync(world.App, world.Reviewer);
        var page = $"/Submissions/{s.Id}";
        var html = await reviewer.Client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Equal([doubtful.Id, sure.Id, world.ValueA.Id], RowOrder(html, doubtful.Id, sure.Id, world.ValueA.Id));
        Assert.Contains("1 giá trị chưa rà soát có độ tin cậy dưới 90% được xếp lên đầu", html, StringComparison.Ordinal);
        Assert.Single(AllIndexesOf(html, "class=\"badge doubt\""));
        Assert.Contains("title=\"Độ tin cậy 62%\">Cần xem kỹ", html, StringComparison.Ordinal);

        var confirm = await reviewer.PostFormAsync(page, page + "?handler=Review", new() { ["valueId"] = $"{doubtful.Id}", ["action"] = "Confirm" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, confirm.StatusCode);
        html = await reviewer.Client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Equal([sure.Id, world.ValueA.Id, doubtful.Id], RowOrder(html, doubtful.Id, sure.Id, world.ValueA.Id));
        Assert.DoesNotContain("Cần xem kỹ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("doubt-hint", html, StringComparison.Ordinal);
    }

    // The value ids in the order their rows stand in the page.
    private static long[] RowOrder(string html, params long[] ids) =>
        [.. ids.OrderBy(id => html.IndexOf($"data-value-id=\"{id}\"", StringComparison.Ordinal) is var at and >= 0 ? at : throw new InvalidOperationException($"row {id} missing"))];

    private static List<int> AllIndexesOf(string html, string part)
    {
        var found = new List<int>();
        for (var at = html.IndexOf(part, StringComparison.Ordinal); at >= 0; at = html.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }
}
