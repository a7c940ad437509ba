using TongHop.Core;
using TongHop.Parsing.Tables;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// Rebuilds the rows of a table whose column separators were lost: English OCR of a TAB table prints
/// "STT Nội dung ĐVT Chỉ tiêu năm Kết quả 6 tháng" and "1 Số máy tính phục vụ công tác máy 230 204" with single
/// spaces; a scan's layout may keep only the gap after the STT cell. The header line's words give the columns
/// (a capitalised title word from <see cref="ColumnWords"/>' vocabulary starts a column: "Kế hoạch", "Thực hiện",
/// "Tỷ lệ so với KH" is one column because "KH" follows "với"); it must read as [STT] label [ĐVT] figure columns
/// [Ghi chú]. A row is an optional row number, label words, the unit words (the last one or two words, or those the
/// label repeats) and a run of figures at the end; a row without figures is a group heading, or a label whose unit and
/// figures were wrapped onto the next line. A row is read only when its count of figures is the count of figure
/// columns; any other count could be read in more than one way, and the row is kept unread
/// (<see cref="SpacedTable.Unread"/>): a wrong value is worse than a missing one.
/// </summary>
internal static class SpacedTableReader
{
    private const int MaxTitleWords = 6;
    private const int MaxLabelWords = 24;
    private const int MaxBlankRun = 3;
    private const int MaxWordRows = 3;

    private static readonly string[][] Starters = [.. new[]
    {
        "stt", "tt", "so tt", "so thu tu", "thu tu",
        "noi dung", "chi tieu", "ten chi tieu", "hang muc", "danh muc", "linh vuc", "nhiem vu", "tieu chi", "dien giai",
        "cong viec", "ten don vi",
        "dvt", "don vi tinh", "don vi",
        "ke hoach", "kh", "muc tieu", "du kien", "chi tieu giao", "phan dau", "du toan",
        "thuc hien", "ket qua", "dat duoc", "so lieu", "so luong", "uoc thuc hien", "uoc th", "th", "thuc te", "hien trang",
        "hien co", "tong so", "nam", "quy",
        "ty le", "ti le", "so sanh", "tang giam", "chenh lech",
        "ghi chu", "danh gia", "xep loai", "cung ky", "luy ke",
    }.Select(s => s.Split(' '))];

    // Words after which a title word goes on in the same title ("Tỷ lệ so với KH", "Thực hiện của năm").
    private static readonly string[] Linking = ["voi", "cua", "theo", "va", "so", "trong", "/"];

    private static readonly string[] BlankMarks = ["-", "–", "—", "x", "X", "…", "...", "--"];

    public static IReadOnlyList<SpacedTable> Read(string text, IReadOnlyList<TextSpan> lines, Func<TextSpan, bool> taken)
    {
        var tables = new List<SpacedTable>();
        for (var i = 0; i < lines.Count; i++)
        {
            // The words are counted first: that needs no string, and most lines (prose) fail it; the first word is folded
            // (and a line that starts with short words tokenized) only for the lines that pass.
            if (CountWords(text, lines[i]) is not { Count: <= MaxHeaderWords } words ||
                words.CapitalsAfterFirst + (i + 1 < lines.Count ? CountWords(text, lines[i + 1]).CapitalsAfterFirst : 0) < 2 ||
                !StartsWithTitleWord(text, lines[i]) || taken(lines[i]) || HeaderAt(text, lines, i) is not var (header, headerEnd))
            {
                continue;
            }

            if (ReadBody(text, lines, headerEnd, header, taken) is { } table)
            {
                tables.Add(table.Table);
                i = table.LastLine;
            }
        }

        return tables;
    }

    // A header has at most this many words, and at least two capitalised title words after its first (a column starts
    // at a capital), counting those of a wrapped next line: a paragraph of prose that begins with "Kết quả" or "Năm"
    // is no header and is not tokenized (most lines of a report are such paragraphs).
    private const int MaxHeaderWords = 30;

    private static (int Count, int CapitalsAfterFirst) CountWords(string text, TextSpan line)
    {
        int count = 0, capitals = 0;
        var inWord = false;
        for (var i = line.Start; i < line.End && count <= MaxHeaderWords; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
            {
                count++;
                capitals += count > 1 && char.IsUpper(text[i]) ? 1 : 0;
            }

            inWord = !space;
        }

        return (count, capitals);
    }

    private static readonly int MaxStarterWords = Starters.Max(s => s.Length);

    private static readonly HashSet<string> FirstWords = [.. Starters.Select(s => s[0])];

    // A cheap look at the line's first word before the whole line is read as a header.
    private static bool StartsWithTitleWord(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start).TrimStart();
        var end = s.IndexOfAny(' ', '\t');
        var word = end < 0 ? s : s[..end];
        if (word.Length is 0 or > 12)
        {
            return false;
        }

        var first = word.ToString();
        return FirstWords.Contains(ColumnWords.Words(first)) || ColumnWords.IsUnitAbbreviation(first) ||
               ((IsGarbledIndexWord(first) || IsDebris(first)) && GarbledIndexTitle(Tokens(text, line, MaxDebris + 1 + MaxStarterWords)));
    }

    // "STT" as English OCR may print it ("Sl", "ST", "5TT", "Silsl", the table's rule read as letters) and repair then
    // reads as a word ("Sở"): a short capitalised word that is no title, right before the label's title ("Nội dung",
    // "Chỉ tiêu") or before a lone mark OCR left between them ("Silsl : Nội dung"), is the row-number column's title.
    private static bool IsGarbledIndexWord(string word)
    {
        var w = word.AsSpan().TrimStart("([|{");
        if (w.Length is < 2 or > 5 || !char.IsUpper(w[0]))
        {
            return false;
        }

        foreach (var c in w)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool GarbledIndexTitle(List<Token> tokens) => GarbledIndexLabel(tokens) > 0;

    // "i lý ở Chỉ tiêu …": English OCR may break "TT" and the table's rule into a few short words in small letters
    // (which repair then reads as syllables); up to this many of them before the label's title are the row-number title.
    private const int MaxDebris = 3;

    private static bool IsDebris(string word) => word.Length is > 0 and <= 3 && !char.IsUpper(word[0]) && !word.Any(char.IsAsciiDigit);

    private static int DebrisWords(List<Token> tokens)
    {
        var n = 0;
        while (n < MaxDebris && n < tokens.Count && IsDebris(tokens[n].Text))
        {
            n++;
        }

        return n;
    }

    // Where the label's title starts after a garbled row-number title (1, or 2 past a lone mark), or 0 when there is none.
    private static int GarbledIndexLabel(List<Token> tokens)
    {
        var label = IsGarbledIndexWord(tokens[0].Text) ? (tokens.Count > 1 && IsLoneMark(tokens[1].Text) ? 2 : 1) : DebrisWords(tokens);
        if (label == 0 || tokens.Count < label + 2 || StarterAt(tokens, 0) > 0 || !IsCapital(tokens[label].Text) ||
            StarterAt(tokens, label) is not (> 0 and var length))
        {
            return 0;
        }

        return ColumnWords.Read(string.Join(' ', tokens.Skip(label).Take(length).Select(t => t.Text))).Role == ColumnRole.Label ? label : 0;
    }

    private static bool IsLoneMark(string token) => token.Length is 1 or 2 && !token.Any(char.IsLetterOrDigit);

    private static bool OpensHeader(List<Token> tokens) => StarterAt(tokens, 0) > 0 || GarbledIndexTitle(tokens);

    // A header line, and the line under it when it goes on with the last title ("… Tỷ lệ" then "so với KH (%)").
    private static (SpacedHeader Header, int LastLine)? HeaderAt(string text, IReadOnlyList<TextSpan> lines, int i)
    {
        if (!OpensHeader(Tokens(text, lines[i], MaxDebris + 1 + MaxStarterWords)))
        {
            return null; // the line's first words are no column title: not worth reading the whole line
        }

        var tokens = Tokens(text, lines[i]);
        var found = Header(text, tokens) is { } single ? (single, i) : ((SpacedHeader, int)?)null;
        if (NextNonBlank(text, lines, i) is { } next && next == i + 1 && Tokens(text, lines[next]) is var more)
        {
            if (IsWrappedTitle(more) && Header(text, [.. tokens, .. more]) is { } wrapped)
            {
                found = (wrapped, next);
            }
            else if ((found is not { } alone || UnderPeriods(text, alone.Item1, more) is null) && WrappedColumns(text, tokens, more) is { } columns)
            {
                found = (columns, next);
            }
            else if (found is { } one && IsWrappedUnderEachTitle(more))
            {
                found = (one.Item1, next);
            }
        }

        // Titles under period titles on a line of their own: "Năm 2024 Năm 2025" over "Thực hiện Kế hoạch Thực hiện".
        if (found is { } top && top.Item2 + 1 < lines.Count && Tokens(text, lines[top.Item2 + 1]) is { Count: > 0 and <= MaxHeaderWords } below &&
            UnderPeriods(text, top.Item1, below) is { } twoLines)
        {
            return (twoLines, top.Item2 + 1);
        }

        return found;
    }

    // The end of the last title wrapped onto the next line: lower-case words ("so với KH (%)"), a bracket or the years
    // compared ("2025/2024 (%)"); no figure.
    private static bool IsWrappedTitle(List<Token> more) =>
        more.Count is > 0 and <= MaxTitleWords &&
        (char.IsLower(more[0].Text[0]) || more[0].Text[0] == '(' || IsYearPair(more[0].Text)) &&
        !more.Any(t => IsFigureToken(t.Text) && !IsYearPair(t.Text));

    // The second lines of several titles printed as one line under them ("Đơn vị | Kế hoạch | Thực hiện" over "tính
    // năm 2025 năm 2025"): small letters first, words, years and brackets, no figure. The titles' first lines say what
    // each column is; this line is part of the header, not a row.
    private static bool IsWrappedUnderEachTitle(List<Token> more) =>
        more.Count is > 0 and <= MaxHeaderWords && char.IsLower(more[0].Text[0]) &&
        more.All(t => !t.Text.Any(char.IsAsciiDigit) || CalendarYear.Is(t.Text));

    // Whole column titles wrapped onto the next line: "STT Nội dung ĐVT Thực hiện năm 2024 Kế hoạch năm 2025" then
    // "Ước thực hiện năm 2025 So sánh với KH (%)". The next line starts with a capital, holds no figure, and opens a
    // column of figures (its first word need not be a known title word: OCR and repair may garble "Ước" into "Quốc");
    // the two lines must read as one header with more columns than the first line alone. Plan and result titles under
    // period titles are the sub-titles of a two-line header (<see cref="UnderPeriods"/>), not more columns.
    private static SpacedHeader? WrappedColumns(string text, List<Token> tokens, List<Token> more)
    {
        if (more.Count is 0 or > MaxHeaderWords || tokens.Count + more.Count > MaxHeaderWords || !IsCapital(more[0].Text) ||
            more.Any(t => IsFigureToken(t.Text) && !IsYearPair(t.Text)) || IsIndexToken(more[0].Text) ||
            Titles(text, [.. tokens, .. more], tokens.Count) is not { Count: >= 3 } titles ||
            titles.FindIndex(t => t.Span.Start == more[0].Start) is not (>= 0 and var first) ||
            titles[first].Role is not (ColumnRole.Target or ColumnRole.Actual or ColumnRole.Share or ColumnRole.Compare or ColumnRole.OtherPeriod) ||
            SpacedHeader.Of(titles) is not { } header)
        {
            return null;
        }

        return Header(text, tokens) is { } alone && alone.Titles.Count >= header.Titles.Count ? null : header;
    }

    private static bool IsYearPair(string token) =>
        token.Length == 9 && token[4] == '/' && CalendarYear.Is(token.AsSpan(0, 4)) && CalendarYear.Is(token.AsSpan(5));

    /// <summary>
    /// A header whose period titles ("Năm 2025", "Quý III") stand over plan and result titles on the line below, as
    /// a two-line header prints without its grid. The titles below are dealt out to the period titles in order, a plan
    /// title opening a new period's group ("Thực hiện | Kế hoạch Thực hiện" under "Năm 2024 | Năm 2025"); when the
    /// groups are not as many as the period titles, which title stands under which is unknown and the header is not
    /// read as two lines.
    /// </summary>
    private static SpacedHeader? UnderPeriods(string text, SpacedHeader header, List<Token> below)
    {
        if (below.Any(t => IsFigureToken(t.Text)) || StarterAt(below, 0) == 0 || Titles(text, below) is not { Count: >= 2 } subs ||
            subs.Any(t => t.Role is not (ColumnRole.Target or ColumnRole.Actual)))
        {
            return null;
        }

        var groups = new List<List<HeaderTitle>>();
        foreach (var sub in subs)
        {
            if (groups.Count == 0 || groups[^1].Any(t => t.Role == sub.Role) || (sub.Role == ColumnRole.Target && groups[^1].Any(t => t.Role == ColumnRole.Actual)))
            {
                groups.Add([]);
            }

            groups[^1].Add(sub);
        }

        var periods = header.Titles.Where(t => ColumnWords.IsPeriodOnly(t.Text)).ToList();
        if (periods.Count != groups.Count)
        {
            return null;
        }

        var titles = new List<HeaderTitle>();
        foreach (var title in header.Titles)
        {
            var p = periods.IndexOf(title);
            titles.AddRange(p < 0
                ? [title]
                : groups[p].Select(sub => new HeaderTitle(sub.Span, title.Text + " " + sub.Text, ColumnWords.Read(title.Text + " " + sub.Text).Role)));
        }

        return SpacedHeader.Of(titles);
    }

    /// <summary>The columns of a header line, or null when the line does not read as one.</summary>
    internal static SpacedHeader? Header(string text, TextSpan line) => Header(text, Tokens(text, line));

    private static SpacedHeader? Header(string text, List<Token> tokens)
    {
        if (tokens.Count < 3 || tokens.Count > MaxHeaderWords || tokens.Any(t => t.Text.Contains('|')) || !OpensHeader(tokens))
        {
            return null;
        }

        return Titles(text, tokens) is { Count: >= 3 } titles ? SpacedHeader.Of(titles) : null;
    }

    // The titles of a line: a capitalised title word starts a column unless it follows a linking word, and so does the
    // token at `forcedStart` (the first of a wrapped line of titles); null when a title runs longer than a title does.
    private static List<HeaderTitle>? Titles(string text, List<Token> tokens, int forcedStart = -1)
    {
        var labelAt = GarbledIndexLabel(tokens);
        var garbledIndex = labelAt > 0;
        var starts = new List<int>();
        if (garbledIndex)
        {
            starts.Add(0);
        }

        for (var t = labelAt; t < tokens.Count;)
        {
            var length = StarterAt(tokens, t);
            if (t < forcedStart && t + length > forcedStart)
            {
                length = forcedStart - t;
            }

            var isStart = t == 0 || (garbledIndex && t == labelAt) || t == forcedStart || (length > 0 && IsCapital(tokens[t].Text) && !IsLinking(tokens[t - 1]));
            if (isStart)
            {
                starts.Add(t);
            }

            t += isStart ? Math.Max(1, length) : 1;
        }

        var titles = new List<HeaderTitle>();
        for (var s = 0; s < starts.Count; s++)
        {
            var from = starts[s];
            var to = s + 1 < starts.Count ? starts[s + 1] : tokens.Count;
            if (to - from > MaxTitleWords)
            {
                return null;
            }

            var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);
            var title = span.Slice(text).Replace("\r\n", " ").Replace('\n', ' ');
            var role = garbledIndex && s == 0 ? ColumnRole.Index : ColumnWords.Read(title).Role;
            titles.Add(new HeaderTitle(span, title, role));
        }

        return titles;
    }

    private static (SpacedTable Table, int LastLine)? ReadBody(string text, IReadOnlyList<TextSpan> lines, int headerLine, SpacedHeader header, Func<TextSpan, bool> taken)
    {
        var rows = new List<SpacedRow>();
        var blanks = 0;
        var wordRows = 0;
        var last = headerLine;
        for (var i = headerLine + 1; i < lines.Count; i++)
        {
            var tokens = Tokens(text, lines[i]);
            if (tokens.Count == 0)
            {
                if (++blanks > MaxBlankRun)
                {
                    break;
                }

                continue;
            }

            blanks = 0;
            if (taken(lines[i]) || tokens.Any(t => t.Text.Contains('|')) || Header(text, lines[i]) is not null)
            {
                break;
            }

            if (IsDebris(tokens))
            {
                continue; // "—", ")" or a page number between rows
            }

            var row = Split(tokens, header);
            if (row is null)
            {
                break;
            }

            // The last figures of the row right above, wrapped onto a line of their own ("… máy 96 80" then "83,3").
            // With a note column, the note may come down with them ("% 60" then "67,4 112,3 Vượt").
            if (row.Label.Count == 0 && row.Index is null && row.Unit.Count == 0 && rows.Count > 0 &&
                rows[^1] is { Figures.Count: > 0 } above && above.Figures.Count < header.FigureColumns &&
                (row.Note.Count == 0 || above.Note.Count == 0) &&
                above.Figures.Count + row.Figures.Count == header.FigureColumns && i == last + 1)
            {
                rows[^1] = above with { Figures = [.. above.Figures, .. row.Figures], Note = [.. above.Note, .. row.Note] };
                last = i;
                continue;
            }

            // A note column's words wrapped under a whole row ("… % 100 92,9 92,9" then "Chưa đạt"): the row's note.
            if (header.HasNote && row.Index is null && row.Figures.Count == 0 && row.Unit.Count == 0 && row.Label.Count is > 0 and <= 3 &&
                IsCapital(row.Label[0].Text) && rows.Count > 0 && rows[^1] is { Note.Count: 0 } whole &&
                whole.Figures.Count == header.FigureColumns && i == last + 1)
            {
                rows[^1] = whole with { Note = row.Label };
                last = i;
                continue;
            }

            if (row.Figures.Count == 0)
            {
                // A label whose unit and figures went onto the next line ("trong đó: máy tính cài …" then "máy 230 187").
                // A label's last words wrapped with its unit and figures ("Thủ tục … trực tuyến" then "toàn trình % 65 80")
                // go on the label: lower-case words before a unit.
                if (NextNonBlank(text, lines, i) is { } next && Tokens(text, lines[next]) is var nextTokens &&
                    Split(nextTokens, header) is { Figures.Count: > 0 } wrapped && wrapped.Index is null && !taken(lines[next]) &&
                    (wrapped.Label.Count + wrapped.Unit.Count <= 2 || ContinuesLabel(wrapped, row, header)))
                {
                    var joined = ContinuesLabel(wrapped, row, header) || !header.HasUnit
                        ? row with { Label = [.. row.Label, .. wrapped.Label], Unit = wrapped.Unit, Figures = wrapped.Figures, Note = wrapped.Note }
                        : row with { Unit = [.. wrapped.Label, .. wrapped.Unit], Figures = wrapped.Figures, Note = wrapped.Note };
                    rows.Add(joined);
                    wordRows = 0;
                    last = i = next;
                    continue;
                }

                if (++wordRows > MaxWordRows || rows.Count == 0 && wordRows > 2)
                {
                    break;
                }

                rows.Add(row);
                last = i;
                continue;
            }

            if (row.Label.Count == 0)
            {
                continue; // figures with no label that fit no row: a page number, debris
            }

            wordRows = 0;
            rows.Add(row);
            last = i;
        }

        // Group headings after the last row of figures belong to what follows, not to the table.
        while (rows.Count > 0 && rows[^1].Figures.Count == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var lastRowEnd = rows[^1].Span.End;
        while (last > headerLine && lines[last].Start > lastRowEnd)
        {
            last--;
        }

        return (Build(text, header, rows), last);
    }

    private const int MaxWrappedLabelWords = 8;

    // The label's last words, lower-case, wrapped down with the unit and figures ("toàn trình % 65 80"); in a table
    // without a unit column ("(máy)" ends the label) the lower-case words alone ("có bản quyền (máy) 420 398"), under a
    // numbered row when the table numbers its rows, and never a part's own row ("trong đó …").
    private static bool ContinuesLabel(SpacedRow wrapped, SpacedRow above, SpacedHeader header) =>
        wrapped.Label.Count is > 0 and <= MaxWrappedLabelWords && char.IsLower(wrapped.Label[0].Text[0]) &&
        (wrapped.Unit.Count > 0 || (!header.HasUnit && (above.Index is not null || !header.HasIndex) && !OpensPart(wrapped.Label)));

    private static readonly string[][] PartOpeners = [["trong", "do"], ["bao", "gom"], ["gom"], ["chia", "ra"], ["cu", "the"]];

    private static bool OpensPart(IReadOnlyList<Token> label) => PartOpeners.Any(p => p.Length <= label.Count && Matches(p, label, 0));

    private static bool IsDebris(List<Token> tokens) =>
        tokens.All(t => !t.Text.Any(char.IsLetterOrDigit)) || (tokens.Count == 1 && tokens[0].Text.Length <= 2 && !tokens[0].Text.Any(char.IsAsciiDigit));

    private static int? NextNonBlank(string text, IReadOnlyList<TextSpan> lines, int i)
    {
        for (var j = i + 1; j < lines.Count && j <= i + 2; j++)
        {
            if (!text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start).IsWhiteSpace())
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>A line's row number, label words, unit words, figures and note words; null when it reads as prose.</summary>
    internal static SpacedRow? Split(IReadOnlyList<Token> tokens, SpacedHeader header)
    {
        if (tokens.Count > MaxLabelWords + header.FigureColumns + 4)
        {
            return null;
        }

        // The figures: the last run of figure tokens; with a note column, words after it are the note.
        var end = tokens.Count;
        var note = new List<Token>();
        if (header.HasNote)
        {
            var lastFigure = -1;
            for (var t = tokens.Count - 1; t >= 0; t--)
            {
                if (IsFigureToken(tokens[t].Text))
                {
                    lastFigure = t;
                    break;
                }
            }

            if (lastFigure >= 0 && tokens.Count - lastFigure - 1 <= MaxTitleWords)
            {
                note.AddRange(tokens.Skip(lastFigure + 1));
                end = lastFigure + 1;
            }
        }

        var start = end;
        while (start > 0 && IsFigureToken(tokens[start - 1].Text))
        {
            start--;
        }

        var figures = MergePercentSigns(tokens, start, end);
        var first = 0;
        Token? index = null;
        if (header.HasIndex && start > 1 && IsIndexToken(tokens[0].Text))
        {
            index = tokens[0];
            first = 1;
        }

        var words = tokens.Skip(first).Take(start - first).ToList();
        if (figures.Count == 0 && (words.Count > 14 || EndsSentence(tokens[^1].Text)))
        {
            return null; // prose, a signature line, a title: the table has ended
        }

        if (words.Count > MaxLabelWords)
        {
            return null;
        }

        var unitLength = header.HasUnit && figures.Count > 0 ? UnitLength(words) : 0;
        return new SpacedRow(index, words.Take(words.Count - unitLength).ToList(), words.Skip(words.Count - unitLength).ToList(), figures, note);
    }

    // OCR may set "%" apart from its figure ("94,7 %"); a "%" before the first figure is the unit cell.
    private static List<Token> MergePercentSigns(IReadOnlyList<Token> tokens, int start, int end)
    {
        var figures = new List<Token>();
        for (var t = start; t < end; t++)
        {
            if (tokens[t].Text == "%" && figures.Count > 0)
            {
                figures[^1] = figures[^1] with { End = tokens[t].End, Text = figures[^1].Text + "%" };
                continue;
            }

            if (tokens[t].Text != "%")
            {
                figures.Add(tokens[t]);
            }
        }

        return figures;
    }

    /// <summary>
    /// How many of the label's last words are its unit: "%"; a money or area unit ("triệu đồng"); a noun the label
    /// names before ("Số chứng thư số đã cấp chứng thư", "Số tin, bài … Tin, bài"); else the last word.
    /// </summary>
    internal static int UnitLength(IReadOnlyList<Token> words)
    {
        if (words.Count < 2)
        {
            return 0;
        }

        if (words[^1].Text is "%" or "(%)")
        {
            return 1;
        }

        for (var n = Math.Min(3, words.Count - 1); n >= 1; n--)
        {
            var unit = words.Skip(words.Count - n).Select(w => w.Folded).ToArray();
            var cell = string.Join(' ', words.Skip(words.Count - n).Select(w => w.Text));
            if (RowUnit.FromCell(cell) is { Measure: not TongHop.Text.Numbers.Measure.Number })
            {
                return n;
            }

            if (Occurs(unit, words, words.Count - n) && (n > 1 || unit[0].Length >= 2))
            {
                return n;
            }
        }

        var lastWord = words[^1].Text;
        return lastWord.Any(char.IsAsciiDigit) || lastWord.Length > 12 ? 0 : 1;
    }

    // Whether the folded phrase stands among the first `count` words.
    private static bool Occurs(string[] phrase, IReadOnlyList<Token> words, int count)
    {
        for (var i = 0; i + phrase.Length <= count; i++)
        {
            if (Matches(phrase, words, i))
            {
                return true;
            }
        }

        return false;
    }

    private static SpacedTable Build(string text, SpacedHeader header, List<SpacedRow> rows)
    {
        var width = header.Titles.Count;
        var headerRow = new TableRow(new TextSpan(header.Titles[0].Span.Start, header.Titles[^1].Span.End),
            [.. header.Titles.Select(t => new TableCell(t.Span, t.Text))], ' ');
        var tableRows = new List<TableRow> { headerRow };
        var unread = new List<TableRow>();
        foreach (var row in rows)
        {
            var at = row.Span.End;
            var cells = Enumerable.Range(0, width).Select(_ => new TableCell(new TextSpan(at, at), "")).ToArray();
            if (row.Index is { } index && header.IndexColumn >= 0)
            {
                cells[header.IndexColumn] = Cell(text, [index], at);
            }

            cells[header.LabelColumn] = Cell(text, row.Label, at);
            if (header.UnitColumn >= 0 && row.Unit.Count > 0)
            {
                cells[header.UnitColumn] = Cell(text, row.Unit, at);
            }

            if (header.NoteColumn >= 0 && row.Note.Count > 0)
            {
                cells[header.NoteColumn] = Cell(text, row.Note, at);
            }

            var readable = row.Figures.Count == header.FigureColumns || ShortOfItsComparison(header, row);
            if (readable)
            {
                for (var f = 0; f < row.Figures.Count; f++)
                {
                    cells[header.FirstFigureColumn + f] = Cell(text, [row.Figures[f]], at);
                }
            }

            var tableRow = new TableRow(row.Span, cells, ' ');
            tableRows.Add(tableRow);
            if (!readable && row.Figures.Count > 0)
            {
                unread.Add(tableRow);
            }
        }

        return new SpacedTable(new TextTable(tableRows), unread, header.FigureColumns);
    }

    // "6 Văn bản đi được ký số % 95,4 100 99,1" under "… Thực hiện 2024 | Kế hoạch 2025 | Thực hiện 2025 | So sánh (%)":
    // a percent row leaves the comparison of percents blank, and the comparison is the header's last figure column, so
    // its figures fill the columns before it. A row of counts one figure short may lack any of them: it stays unread.
    private static bool ShortOfItsComparison(SpacedHeader header, SpacedRow row) =>
        header.FigureColumns >= 3 && row.Figures.Count == header.FigureColumns - 1 &&
        header.Titles[header.FirstFigureColumn + header.FigureColumns - 1].Role == ColumnRole.Compare &&
        header.Titles.Skip(header.FirstFigureColumn).Take(header.FigureColumns - 1).All(t => t.Role != ColumnRole.Compare) &&
        row.Unit.Count == 1 && row.Unit[0].Text == "%";

    private static TableCell Cell(string text, IReadOnlyList<Token> tokens, int at)
    {
        if (tokens.Count == 0)
        {
            return new TableCell(new TextSpan(at, at), "");
        }

        var span = new TextSpan(tokens[0].Start, tokens[^1].End);
        return new TableCell(span, span.Slice(text).Replace('\n', ' ').Replace('\t', ' '));
    }

    /// <summary>The words of a line: runs of characters between spaces and TABs.</summary>
    internal static List<Token> Tokens(string text, TextSpan line, int max = int.MaxValue)
    {
        var tokens = new List<Token>();
        var i = line.Start;
        while (i < line.End && tokens.Count < max)
        {
            while (i < line.End && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.End && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                var word = text[start..i];
                tokens.Add(new Token(start, i, word, ColumnWords.Words(word)));
            }
        }

        return tokens;
    }

    // The length in tokens of the title phrase starting at token t (longest), or 0.
    private static int StarterAt(IReadOnlyList<Token> tokens, int t)
    {
        var best = t < tokens.Count && ColumnWords.IsUnitAbbreviation(tokens[t].Text) ? 1 : 0;
        foreach (var starter in Starters)
        {
            if (starter.Length > best && t + starter.Length <= tokens.Count && Matches(starter, tokens, t))
            {
                best = starter.Length;
            }
        }

        return best;
    }

    // Whether the tokens from t on read the folded phrase.
    private static bool Matches(string[] phrase, IReadOnlyList<Token> tokens, int t)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[t + k].Folded != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapital(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsLinking(Token previous) =>
        Linking.Contains(previous.Folded) && !IsCapital(previous.Text) || previous.Text.EndsWith('/');

    private static bool EndsSentence(string last) => last.EndsWith('.') && !last.EndsWith("..", StringComparison.Ordinal) || last.EndsWith(':') || last.EndsWith(';');

    /// <summary>A figure cell's token: "230", "91,2", "94,7%", "12/14", or a dash for no figure (a year is no figure).</summary>
    internal static bool IsFigureToken(string token) => BlankMarks.Contains(token) || DataTableReader.IsFigure(token) && !token.EndsWith('.');

    /// <summary>A row number: "1", "12.", "I", "IV", "a)", as OCR prints them ("Ị", "l").</summary>
    internal static bool IsIndexToken(string token)
    {
        var t = token.TrimEnd('.', ')');
        if (t.Length == 0 || t.Length > 4)
        {
            return false;
        }

        if (t.All(char.IsAsciiDigit))
        {
            return t.Length <= 3;
        }

        var folded = VietnameseText.FoldLower(t);
        return folded.All(c => c is 'i' or 'v' or 'x' or 'l') && (char.IsUpper(t[0]) || t == "l") || (t.Length == 1 && char.IsLetter(t[0]) && token.EndsWith(')'));
    }
}

/// <summary>A word of a line with its place in the text and its folded form.</summary>
internal readonly record struct Token(int Start, int End, string Text, string Folded);

internal sealed record HeaderTitle(TextSpan Span, string Text, ColumnRole Role);

/// <summary>The columns of a header line: [STT] label [ĐVT] figure columns [Ghi chú], in that order.</summary>
internal sealed record SpacedHeader(IReadOnlyList<HeaderTitle> Titles, int IndexColumn, int LabelColumn, int UnitColumn, int FirstFigureColumn, int FigureColumns, int NoteColumn)
{
    public bool HasIndex => IndexColumn >= 0;

    public bool HasUnit => UnitColumn >= 0;

    public bool HasNote => NoteColumn >= 0;

    public static SpacedHeader? Of(List<HeaderTitle> titles)
    {
        var c = 0;
        var index = -1;
        if (titles[c].Role == ColumnRole.Index)
        {
            index = c++;
        }

        if (c >= titles.Count || titles[c].Role != ColumnRole.Label)
        {
            return null;
        }

        var label = c++;
        var unit = c < titles.Count && titles[c].Role == ColumnRole.Unit ? c++ : -1;
        var firstFigure = c;
        var values = 0;
        while (c < titles.Count && IsFigureColumn(titles[c]))
        {
            values += titles[c].Role is ColumnRole.Target or ColumnRole.Actual or ColumnRole.Share || titles[c].Role == ColumnRole.Label ? 1 : 0;
            c++;
        }

        var figures = c - firstFigure;
        var note = c < titles.Count && titles[c].Role == ColumnRole.Note ? c++ : -1;
        return c == titles.Count && values > 0 ? new SpacedHeader(titles, index, label, unit, firstFigure, figures, note) : null;
    }

    // A figure column: plan, result, share, comparison, another period; "Chỉ tiêu năm" right of the label is the plan.
    private static bool IsFigureColumn(HeaderTitle title) =>
        title.Role is ColumnRole.Target or ColumnRole.Actual or ColumnRole.Share or ColumnRole.Compare or ColumnRole.OtherPeriod ||
        (title.Role == ColumnRole.Label && ColumnWords.Words(title.Text).StartsWith("chi tieu", StringComparison.Ordinal));
}

/// <summary>A line read as a row: its words by the cell they fill.</summary>
internal sealed record SpacedRow(Token? Index, IReadOnlyList<Token> Label, IReadOnlyList<Token> Unit, IReadOnlyList<Token> Figures, IReadOnlyList<Token> Note)
{
    public TextSpan Span
    {
        get
        {
            var all = new[] { Index is { } i ? [i] : Array.Empty<Token>(), Label, Unit, Figures, Note }.SelectMany(x => x).ToList();
            return new TextSpan(all.Min(t => t.Start), all.Max(t => t.End));
        }
    }
}

/// <summary>A table rebuilt from lines that lost their separators, with the rows whose figures could not be placed
/// (their count is not the count of figure columns).</summary>
internal sealed record SpacedTable(TextTable Table, IReadOnlyList<TableRow> Unread, int FigureColumns);
