using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Text.Numbers;

namespace TongHop.Parsing;

/// <summary>
/// Nests recognised headings into a section tree. A heading closes every open section of the same or a deeper
/// rank (Roman &gt; "1." &gt; "1.1." &gt; "a)"). Numbering is checked as it goes: an OCR-ambiguous Roman number takes
/// the expected next value, and a letter heading must continue its siblings ("a)", "b)"…), so a stray "i)" is
/// body text. Each span runs <c>[heading start, next heading of the same or higher rank)</c>, without trailing blanks.
/// </summary>
public static class SectionTreeBuilder
{
    private sealed class Node(Heading heading, string number, int depth)
    {
        public Heading Heading { get; } = heading;

        public string Number { get; } = number;

        public int Depth { get; } = depth;

        public int End { get; set; }

        public List<Node> Children { get; } = [];

        public int LastLetter { get; set; }
    }

    public static IReadOnlyList<Section> Build(string text, IReadOnlyList<Heading> headings, int bodyEnd)
    {
        var roots = new List<Node>();
        var open = new Stack<Node>();
        var lastRoman = 0;
        var rootLetter = 0;
        foreach (var heading in headings)
        {
            var number = Renumber(heading, open, ref lastRoman, ref rootLetter);
            if (number is null)
            {
                continue;
            }

            CloseSections(open, heading.Rank, heading.Span.Start);
            var node = new Node(heading, number, open.Count + 1);
            (open.Count == 0 ? roots : open.Peek().Children).Add(node);
            open.Push(node);
        }

        CloseSections(open, 0, bodyEnd);
        return roots.Select(n => ToSection(text, n)).ToList();
    }

    // Null when the heading does not fit the numbering (then it is body text).
    private static string? Renumber(Heading heading, Stack<Node> open, ref int lastRoman, ref int rootLetter)
    {
        switch (heading.Kind)
        {
            case HeadingKind.Roman:
                var value = heading.Value == lastRoman + 1 || heading.Value == 1 || heading.Certain ? heading.Value : lastRoman + 1;
                lastRoman = value;
                return RomanNumerals.ToRoman(value);
            case HeadingKind.Letter:
                return RenumberLetter(heading, open, ref rootLetter);
            default:
                return heading.Number;
        }
    }

    private static string? RenumberLetter(Heading heading, Stack<Node> open, ref int rootLetter)
    {
        var parent = open.FirstOrDefault(n => n.Heading.Kind != HeadingKind.Letter);
        var last = parent?.LastLetter ?? rootLetter;
        var value = heading.Certain ? heading.Value : last + 1;
        if (value != last + 1 && value != last + 2 && value != 1)
        {
            return null;
        }

        if (parent is null)
        {
            rootLetter = value;
        }
        else
        {
            parent.LastLetter = value;
        }

        return value == 5 && heading.Number == "đ" ? "đ" : ((char)('a' + value - 1)).ToString();
    }

    private static void CloseSections(Stack<Node> open, int rank, int end)
    {
        while (open.Count > 0 && open.Peek().Heading.Rank >= rank)
        {
            open.Pop().End = end;
        }
    }

    private static Section ToSection(string text, Node node)
    {
        var end = node.End;
        while (end > node.Heading.Span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var children = node.Children.Select(c => ToSection(text, c)).ToList();
        return new Section(node.Number, node.Heading.Title, node.Depth, new TextSpan(node.Heading.Span.Start, end), children);
    }
}
