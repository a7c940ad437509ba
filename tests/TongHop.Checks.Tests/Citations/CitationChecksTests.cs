using TongHop.Checks;
using TongHop.Checks.Citations;
using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Core.Text;

namespace TongHop.Checks.Tests.Citations;

public sealed class CitationChecksTests
{
    [Fact]
    public void CitationDateConflict_TwoDates_OneFindingAboutTheNumber()
    {
        var context = Context(null,
            Cite("57-NQ/TW", 2025, 12, 22, 10),
            Cite("57-NQ/TW", 2024, 12, 22, 50),
            Cite("57-NQ/TW", null, null, null, 90),
            Cite("03/NQ-CP", 2025, 1, 9, 120));
        var finding = Assert.Single(new CitationDateConflictCheck().Check(context));
        Assert.Equal("citation-date-conflict", finding.Code);
        Assert.Equal("57-NQ/TW", finding.About);
        Assert.Equal(50, finding.Span?.Start);
        Assert.Contains("22/12/2025", finding.Message, StringComparison.Ordinal);
        Assert.Contains("22/12/2024", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CitationDateConflict_SameDateOrUndated_NoFinding()
    {
        var context = Context(null, Cite("57-NQ/TW", 2024, 12, 22, 0), Cite("57-NQ/TW", 2024, 12, 22, 40), Cite("57-NQ/TW", null, null, null, 80));
        Assert.Empty(new CitationDateConflictCheck().Check(context));
    }

    [Fact]
    public void DateAfterDocument_LaterCitation_Flagged()
    {
        var context = Context(new DateOnly(2025, 11, 14), Cite("57-NQ/TW", 2025, 12, 22, 5), Cite("03/NQ-CP", 2025, 1, 9, 60), Cite("1/QĐ-UBND", 2025, 11, 14, 90));
        var finding = Assert.Single(new DateAfterDocumentCheck().Check(context));
        Assert.Equal("date-after-document", finding.Code);
        Assert.Equal("57-NQ/TW", finding.About);
    }

    [Fact]
    public void DateAfterDocument_UnknownDocumentDate_Silent() =>
        Assert.Empty(new DateAfterDocumentCheck().Check(Context(null, Cite("57-NQ/TW", 2030, 1, 1, 0))));

    private static Citation Cite(string number, int? year, int? month, int? day, int start) =>
        new("Nghị quyết", number, year is null ? null : new DateOnly(year.Value, month!.Value, day!.Value), null, new TextSpan(start, start + 20));

    private static CheckContext Context(DateOnly? date, params Citation[] citations)
    {
        var source = new SourceText("x.txt", "", "txt", null, "plain", "");
        var result = new ExtractionResult(source, new RepairResult("", false, 1), DocumentMetadata.Empty with { Date = date }, null, [], citations, [], [], []);
        return new CheckContext(result, null);
    }
}
