using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Extraction.Indicators.Tables;
using TongHop.Extraction.Requests;
using TongHop.Parsing;
using TongHop.Parsing.Tables;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;
using TongHop.Text.Sentences;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// One document as the indicator extractor sees it: the text and its folded form, sentences with the
/// catalog terms in each, the measurements in each sentence, the year the report is about and which
/// parts of the text are plans. Built once per document.
/// </summary>
internal sealed class DocumentView
{
    private DocumentView(string text, string folded, IReadOnlyList<TextSpan> sentences)
    {
        Text = text;
        Folded = folded;
        Sentences = sentences;
    }

    private List<List<Measurement>> _bySentence = [];
    private HashSet<int> _tableRows = [];
    private HashSet<Measurement> _changes = [];
    private string?[] _evidence = [];

    public string Text { get; }

    /// <summary>The text folded and lower-cased, same length and offsets as <see cref="Text"/>.</summary>
    public string Folded { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public IReadOnlyList<SentenceTerms> Terms { get; private set; } = [];

    public IReadOnlyList<Measurement> Measurements { get; private set; } = [];

    public IReadOnlyList<Quantity> Quantities { get; private set; } = [];

    public IReadOnlyList<PartsStatement> PartsStatements { get; private set; } = [];

    /// <summary>The year most "năm YYYY" mentions give; later years are plans.</summary>
    public int? ReportYear { get; private set; }

    public PlanSections PlanSections { get; private set; } = PlanSections.None;

    // The numbered sections, each with its title folded to words ("2. Kinh phí" → "kinh phi").
    private List<(TextSpan Span, string Title)> _headings = [];

    /// <summary>The tables of figures; each of their rows is a sentence of its own.</summary>
    public IReadOnlyList<DataTable> Tables { get; private set; } = [];

    /// <summary>The tables whose columns are indicators and rows the unit's parts; their rows are sentences of their own too.</summary>
    public IReadOnlyList<IndicatorColumnTable> ColumnTables { get; private set; } = [];

    /// <summary>Builds the view of a parsed document, reusing its folded text.</summary>
    public static DocumentView Build(ParsedDocument document, CompiledCatalog catalog)
    {
        var text = document.Text;
        var sections = document.Sections;
        var tables = ReadTables(document, ReportMonths(document));
        var columnTables = ReadColumnTables(document, tables, catalog);
        List<TextTable> sources = [.. tables.Select(t => t.Source), .. columnTables.Select(t => t.Source)];
        var view = new DocumentView(text, document.Folded, TableSentences.Carve(text, SentenceSplitter.Split(text), sources));
        view.Tables = tables;
        view.ColumnTables = columnTables;
        view._tableRows = [.. sources.SelectMany(t => t.Rows).Select(r => SentenceIndex.Of(view.Sentences, r.Span.Start)).Where(i => i >= 0)];
        view._evidence = new string?[view.Sentences.Count];
        view.Terms = AssignTerms(view.Sentences, catalog.Index.FindAll(view.Folded));
        view.Quantities = [.. QuantityScanner.Scan(text).Where(q => !IsClockTime(text, q.Span))
            .Concat(WholeInWords.Find(text, document.Folded)).OrderBy(q => q.Span.Start)];
        var bySentence = SentenceIndex.Group(view.Sentences, view.Quantities);
        view.PartsStatements = [.. bySentence.SelectMany((qs, i) => PartsStatementReader.Read(text, view.Sentences[i], qs))];
        view.Measurements = PerPartCounts.Apply(text, document.Folded,
            ShareOfWhole.Add(text, document.Folded, RatioPairing.Pair(text, bySentence, view.PartsStatements)));
        view._bySentence = [.. view.Sentences.Select(_ => new List<Measurement>())];
        foreach (var m in view.Measurements)
        {
            view._bySentence[m.Sentence].Add(m);
        }

        var context = new NumberContext(view);
        view._changes = [.. view.Measurements.Where(context.IsChange)];
        view.PlanSections = PlanSections.Find(view, catalog.Catalog.Cues, sections);
        view._headings = [.. AllSections(sections).Select(s => (s.Span, FoldedWords.Of(VietnameseText.FoldLower(s.Title))))];
        view.ReportYear = Years.MostMentioned(view.Folded, at => !view.PlanSections.Contains(at));
        return view;
    }

    // The tables written with separators, and those rebuilt from lines that lost them (English OCR of a TAB table, a
    // scan's row whose cells ran together); a rebuilt table replaces a separated one over the same lines that gave no
    // figure (a scan's "STT⇥Nội dung ĐVT Kế hoạch Thực hiện").
    private static List<DataTable> ReadTables(ParsedDocument document, int? reportMonths)
    {
        var tables = document.Tables.Select(t => DataTableReader.Read(t, null, [], reportMonths)).OfType<DataTable>().ToList();
        var read = tables.Where(GivesFigures).Select(t => t.Span).ToList();
        var rebuilt = SpacedTableReader.Read(document.Text, document.Lines, line => read.Any(s => s.Start < line.End && line.Start < s.End))
            .Select(t => DataTableReader.Read(t.Table, 1, t.Unread, reportMonths)).OfType<DataTable>().ToList();
        var spans = read.Concat(rebuilt.Select(r => r.Span)).ToList();
        var perLine = CellPerLineTable.Read(document.Text, document.Lines, line => spans.Any(s => s.Start < line.End && line.Start < s.End));
        rebuilt.AddRange(perLine.Select(t => DataTableReader.Read(t, 1, [], reportMonths)).OfType<DataTable>());
        if (rebuilt.Count == 0)
        {
            return tables;
        }

        tables.RemoveAll(t => rebuilt.Any(r => r.Span.Start < t.Span.End && t.Span.Start < r.Span.End));
        return [.. tables.Concat(rebuilt).OrderBy(t => t.Span.Start)];
    }

    // The months the report covers, from its title: the lines above its first section, less the date line ("Hà Nội, ngày
    // 15 tháng 7 năm 2025" is no period). "Kết quả … 6 tháng đầu năm 2025" → 6, "… quý III năm 2025" → 3, "… năm 2025"
    // → 12; null where the title names no period.
    private static int? ReportMonths(ParsedDocument document)
    {
        var firstSection = document.Sections.Count > 0 ? document.Sections[0].Span.Start : document.Text.Length;
        var head = new List<string>();
        for (var i = 0; i < Math.Min(document.Lines.Count, HeadLines) && document.Lines[i].End <= firstSection; i++)
        {
            if (!FoldedWords.Has(FoldedWords.Of(document.FoldedLine(i)), "ngay"))
            {
                head.Add(document.LineText(i));
            }
        }

        return ReportPeriodReader.Read(string.Join('\n', head), allowYear: true) is { From: { } from, To: { } to } && from.Year == to.Year
            ? to.Month - from.Month + 1
            : null;
    }

    private const int HeadLines = 30;

    // Tables whose figure columns are indicators and rows the unit's parts, where no table of figures was read over them
    // (one read without figures gives way).
    private static List<IndicatorColumnTable> ReadColumnTables(ParsedDocument document, List<DataTable> tables, CompiledCatalog catalog)
    {
        var found = document.Tables
            .Select(t => (Table: t, Read: IndicatorColumnTable.Read(t, catalog)))
            .Where(t => t.Read is { RowsArePeriods: true } ||
                        !tables.Any(d => GivesFigures(d) && d.Span.Start < t.Table.Span.End && t.Table.Span.Start < d.Span.End))
            .Select(t => t.Read)
            .OfType<IndicatorColumnTable>()
            .ToList();
        tables.RemoveAll(d => found.Any(f => d.Span.Start < f.Source.Span.End && f.Source.Span.Start < d.Span.End));
        return found;
    }

    private static bool GivesFigures(DataTable table) =>
        table.Rows.Any(r => r.Kind == RowKind.Item && table.ValueColumns.Any(c => r.Cell(c) is { } cell && CellValue.Read(cell.Text) is not null));

    public IReadOnlyList<Measurement> MeasurementsIn(int sentence) => _bySentence[sentence];

    /// <summary>The title, folded to words, of the innermost numbered section around <paramref name="position"/> ("2. Kinh
    /// phí" → "kinh phi"), or empty where none is.</summary>
    public string HeadingAt(int position) => SectionAt(position)?.Title ?? "";

    /// <summary>The innermost numbered section around <paramref name="position"/>: its span and its title folded to words,
    /// or null where none is.</summary>
    public (TextSpan Span, string Title)? SectionAt(int position)
    {
        (TextSpan Span, string Title)? found = null;
        foreach (var heading in _headings)
        {
            if (position >= heading.Span.Start && position < heading.Span.End && (found is null || heading.Span.Length < found.Value.Span.Length))
            {
                found = heading;
            }
        }

        return found;
    }

    private static IEnumerable<Section> AllSections(IReadOnlyList<Section> sections) =>
        sections.SelectMany(s => AllSections(s.Children).Prepend(s));

    /// <summary>Whether the measurement is a change ("tăng 14%"), not a level (see <see cref="NumberContext.IsChange"/>).</summary>
    public bool IsChange(Measurement m) => _changes.Contains(m);

    /// <summary>Whether the sentence is a row of a table of figures (read by column, not as prose).</summary>
    public bool IsTableRow(int sentence) => _tableRows.Contains(sentence);

    /// <summary>The first sentence of the statement <paramref name="sentence"/> belongs to: the run of prose sentences joined
    /// by ";" (sentences are trimmed, so a ";" ends its sentence's span); a table row is no part of one. Sub-items marked
    /// "+" under an item that is only a label ending in its colon belong to that label's statement, however each ends
    /// ("- Máy tính đang sử dụng:" over "+ Khối văn phòng: 38 máy;" and "+ Các khoa: 74 máy."): the label names them all.</summary>
    public int StatementStart(int sentence)
    {
        while (sentence > 0 && Text[Sentences[sentence - 1].End - 1] == ';' && !IsTableRow(sentence - 1))
        {
            sentence--;
        }

        return LabelOfSubItems(sentence) ?? sentence;
    }

    // The label sentence the "+" sub-items around <paramref name="sentence"/> stand under, or null: the sentence before the
    // first of them ends with its colon and holds no figure (a label, not a clause: "- Chứng thư số: 46, gồm:" has one).
    private int? LabelOfSubItems(int sentence)
    {
        if (!IsPlusItem(sentence) || IsTableRow(sentence))
        {
            return null;
        }

        var first = sentence;
        while (first > 0 && IsPlusItem(first - 1) && !IsTableRow(first - 1))
        {
            first--;
        }

        var label = first - 1;
        return label >= 0 && !IsTableRow(label) && Text[Sentences[label].End - 1] == ':' && _bySentence[label].Count == 0 ? label : null;
    }

    // A sentence that opens its line with a "+" mark (the splitter leaves the mark out of the span).
    private bool IsPlusItem(int sentence)
    {
        var i = Sentences[sentence].Start - 1;
        while (i >= 0 && Text[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < 0 || Text[i] != '+')
        {
            return false;
        }

        i--;
        while (i >= 0 && Text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || Text[i] == '\n';
    }

    public string Evidence(int sentence) => _evidence[sentence] ??= SentenceText.Evidence(Text, Sentences[sentence]);

    // "16:42:05", "+07:00" (an e-office signature's time, a meeting's hour): a part of a clock time is no quantity.
    private static bool IsClockTime(string text, TextSpan span) =>
        (span.End + 2 < text.Length && text[span.End] == ':' && char.IsAsciiDigit(text[span.End + 1]) && char.IsAsciiDigit(text[span.End + 2])) ||
        (span.Start >= 2 && text[span.Start - 1] == ':' && char.IsAsciiDigit(text[span.Start - 2]));

    private static List<SentenceTerms> AssignTerms(IReadOnlyList<TextSpan> sentences, List<TermHit> hits)
    {
        var terms = sentences.Select(s => new SentenceTerms(s)).ToList();
        foreach (var hit in hits)
        {
            var index = SentenceIndex.Of(sentences, hit.Start);
            if (index >= 0 && hit.End <= sentences[index].End)
            {
                terms[index].Add(hit);
            }
        }

        return terms;
    }
}
