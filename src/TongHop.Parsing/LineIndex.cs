using TongHop.Core;

namespace TongHop.Parsing;

/// <summary>Splits a text into line spans (without the <c>\n</c>).</summary>
public static class LineIndex
{
    public static IReadOnlyList<TextSpan> Build(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(new TextSpan(start, i));
                start = i + 1;
            }
        }

        lines.Add(new TextSpan(start, text.Length));
        return lines;
    }
}
