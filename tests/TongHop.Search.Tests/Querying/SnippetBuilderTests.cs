using TongHop.Search.Querying;
using TongHop.Search.Results;

namespace TongHop.Search.Tests.Querying;

public sealed class SnippetBuilderTests
{
    private static Snippet Build(string query, string text)
    {
        Assert.True(SearchQuery.TryParse(query, null, out var q, out _));
        return new SnippetBuilder(q).Build(text);
    }

    [Fact]
    public void Build_LongText_WindowAroundTheDensestMatches()
    {
        var text = new string('x', 1000) + " máy tính " + new string('y', 1000) + " máy tính cho xã " + new string('z', 1000);
        var snippet = Build("máy xã", text);
        Assert.True(snippet.Start > 1000, "the window holding both words wins");
        Assert.Equal(["máy", "xã"], snippet.Pieces().Where(p => p.Highlighted).Select(p => p.Text));
        Assert.True(snippet.Text.Length <= SnippetBuilder.Width);
    }

    [Fact]
    public void Build_WordInsideAnotherWord_NotHighlighted() =>
        Assert.Null(Build("tin", "Công nghệ thông tinh").Match);

    [Fact]
    public void Build_NoMatch_StartOfText()
    {
        var snippet = Build("vneid", "Không có gì.");
        Assert.Equal(0, snippet.Start);
        Assert.Empty(snippet.Highlights);
    }
}
