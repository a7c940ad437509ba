using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using TongHop.Search.Results;

namespace TongHop.Web.Formatting;

/// <summary>A snippet as HTML: the text encoded, matched words in <c>&lt;mark&gt;</c>, "…" where the excerpt (probably) cuts the report.</summary>
public static class SnippetHtml
{
    public static HtmlString Render(Snippet snippet, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        ArgumentNullException.ThrowIfNull(encoder);
        var html = new StringBuilder(snippet.Start > 0 ? "… " : "");
        foreach (var (text, highlighted) in snippet.Pieces())
        {
            html.Append(highlighted ? "<mark>" + encoder.Encode(text) + "</mark>" : encoder.Encode(text));
        }

        return new HtmlString(html.Append(snippet.Text.Length >= SnippetBuilder.Width ? " …" : "").ToString());
    }
}
