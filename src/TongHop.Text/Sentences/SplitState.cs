using TongHop.Core;

namespace TongHop.Text.Sentences;

/// <summary>The splitter's walk over the lines: the open sentence, parenthesis depth and what ended last.</summary>
internal sealed class SplitState(string text)
{
    private const int MaxDepth = 3;

    private readonly List<TextSpan> _sentences = [];
    private int _start = -1;
    private int _depth;
    private bool _blankSinceLast;
    private bool _openIsHeading;
    private int _lastContentEnd;
    private bool _lastLineLabelledFigure;

    public IReadOnlyList<TextSpan> Sentences => _sentences;

    public void Line(int lineStart, int lineEnd)
    {
        var first = LineShape.FirstContent(text, lineStart, lineEnd);
        if (first == lineEnd || LineShape.IsPageNumber(text, first, lineEnd))
        {
            _blankSinceLast = true;
            return;
        }

        var contentStart = StartLine(first, lineEnd);
        Scan(contentStart, lineEnd);
        _lastLineLabelledFigure = IsLabelledFigure(first, lineEnd);
        if (_start >= 0 && _lastContentEnd - _start > SentenceSplitter.MaxSentenceLength)
        {
            Close(_lastContentEnd);
        }

        _blankSinceLast = false;
    }

    public void Close(int end)
    {
        if (_start >= 0)
        {
            var trimmed = LineShape.TrimEnd(text, _start, end);
            if (trimmed > _start)
            {
                _sentences.Add(new TextSpan(_start, trimmed));
            }
        }

        _start = -1;
        _depth = 0;
        _openIsHeading = false;
    }

    // Decides whether the line opens a new sentence; returns where its content begins.
    private int StartLine(int first, int lineEnd)
    {
        var bulletEnd = LineShape.BulletEnd(text, first, lineEnd);
        var headingEnd = LineShape.HeadingMarkEnd(text, first, lineEnd);
        var opensNew = bulletEnd > first || headingEnd > first ||
                       (_blankSinceLast && !ContinuesAcrossBreak(first)) ||
                       (_openIsHeading && !char.IsLower(text[first]) && !char.IsAsciiDigit(text[first])) ||
                       (_lastLineLabelledFigure && char.IsUpper(text[first]));
        if (opensNew)
        {
            Close(_lastContentEnd);
        }

        var contentStart = bulletEnd > first ? LineShape.FirstContent(text, bulletEnd, lineEnd) : first;
        if (_start < 0 && contentStart < lineEnd)
        {
            _start = contentStart;
            _openIsHeading = headingEnd > first;
        }

        return headingEnd > first ? headingEnd : contentStart;
    }

    // "Plei Ia Mơ: 6 thành viên" over "Thôn 2: 5 thành viên": items of a list written without bullets or stops, each a
    // capitalised label, a colon and a figure with at most three words and no comma after it, on a line that ends on a
    // word. A line after one that starts with a capital opens a sentence of its own (the next item, or the prose after the list), not the same sentence going on.
    private bool IsLabelledFigure(int first, int lineEnd)
    {
        if (!char.IsUpper(text[first]) || !char.IsLetter(text[LineShape.TrimEnd(text, first, lineEnd) - 1]))
        {
            return false;
        }

        var colon = text.IndexOf(':', first, lineEnd - first);
        if (colon < 0)
        {
            return false;
        }

        var figure = LineShape.FirstContent(text, colon + 1, lineEnd);
        if (figure >= lineEnd || !char.IsAsciiDigit(text[figure]))
        {
            return false;
        }

        // The short item's shape: the figure and at most three words, no comma ("6 thành viên"); a wrapped line of prose
        // ("Kết quả: 95% hồ sơ được giải quyết đúng hạn, trong đó thủ tục của") goes on on the next line.
        var end = LineShape.TrimEnd(text, first, lineEnd);
        var words = 0;
        for (var i = figure; i < end; i++)
        {
            if (text[i] == ',')
            {
                return false;
            }

            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i + 1]))
            {
                words++;
            }
        }

        return words <= 3;
    }

    // A page break inside a sentence: the open sentence did not end, and the next line starts lower-case
    // or the sentence stopped at a comma ("Năm 2025,\n\n5\nUBND xã phân bổ …"), or it stopped on a word and the
    // next line is a count of a lower-case noun ("… đã được kiện toàn với\n\n95 thành viên …").
    private bool ContinuesAcrossBreak(int first) =>
        _start >= 0 && !LineShape.EndsClosed(text, _lastContentEnd) &&
        (char.IsLower(text[first]) || text[_lastContentEnd - 1] == ',' ||
         (char.IsLower(text[_lastContentEnd - 1]) && IsCountOfNoun(first)));

    // "95 thành viên", "1.250 hồ sơ": figures, one space, a lower-case word. A lone 0 or 1 is more often a letter OCR
    // misread ("0 các bản" for "ở các bản") than a count, and is not taken.
    private bool IsCountOfNoun(int first)
    {
        var i = first;
        var value = 0L;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            value = char.IsAsciiDigit(text[i]) && value < 1_000_000_000 ? (value * 10) + (text[i] - '0') : value;
            i++;
        }

        return i > first && value >= 2 && i + 1 < text.Length && text[i] == ' ' && char.IsLower(text[i + 1]);
    }

    private void Scan(int from, int lineEnd)
    {
        for (var i = from; i < lineEnd; i++)
        {
            var c = text[i];
            if (_start < 0 && !char.IsWhiteSpace(c))
            {
                _start = i;
            }

            if (!char.IsWhiteSpace(c))
            {
                _lastContentEnd = i + 1;
            }
            else if (_start >= 0 && i - _start > SentenceSplitter.MaxSentenceLength)
            {
                // A run-on "sentence" (no punctuation, unclosed brackets) is cut at a space to bound later work.
                Close(_lastContentEnd);
                continue;
            }

            i = Punctuation(c, i, lineEnd);
        }
    }

    // Handles one character; returns the index of the last character consumed.
    private int Punctuation(char c, int i, int lineEnd)
    {
        switch (c)
        {
            case '(':
                _depth = Math.Min(_depth + 1, MaxDepth);
                return i;
            case ')':
                _depth = Math.Max(_depth - 1, 0);
                return i;
            case ';' when _depth == 0:
                Close(i + 1);
                return i;
            case '.' or '!' or '?' or '…':
                return EndAt(i, lineEnd);
            default:
                return i;
        }
    }

    private int EndAt(int i, int lineEnd)
    {
        var last = i;
        while (last + 1 < lineEnd && text[last + 1] is '.' or '/' or '…')
        {
            last++;
        }

        if (_start >= 0 && SentenceEnd.IsAt(text, _start, i, last))
        {
            _lastContentEnd = last + 1;
            Close(last + 1);
        }

        return last;
    }
}
