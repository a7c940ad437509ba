using TongHop.Core;
using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;
using TongHop.Text.Places;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Scores every (measurement, indicator) pair the catalog allows. A pair needs the indicator's unit
/// (a percent, a whole count, đồng, km²), a noun among its unit words where it has them, and either one
/// of its phrasings in the sentence (terms marked "~" may be in the three sentences before) or, where
/// the catalog says so, just its unit word ("74 máy tính"). Closer phrasings, longer phrasings and unit
/// words score higher; numbers after exclusion or request words do not count.
/// </summary>
internal sealed partial class CandidateFinder(CompiledCatalog catalog, DocumentView view)
{
    public const int ContextSentences = 3;

    private readonly NumberContext _context = new(view);

    // The shares of 100% said in words ("tất cả …", "toàn bộ … đều …").
    private readonly List<TextSpan> _wholes = WholeInWords.Spans(view.Folded, view.Quantities);

    // What the indicators' scoring reads of a measurement whatever the indicator, kept for the last measurement asked
    // about (by its span): the indicators are scored one after another for each measurement.
    private TextSpan _lackOf = new(-1, -1);
    private bool _lacks;
    private TextSpan _labelOf = new(-1, -1);
    private string? _label;

    public List<Candidate> Find()
    {
        var found = new List<Candidate>();
        foreach (var m in view.Measurements)
        {
            if (view.IsTableRow(m.Sentence) || view.IsChange(m) || IsStray(m) || QuotedForTheWholeProvince(m) || _context.FollowsNotYet(m) ||
                RaisedAfter(m))
            {
                continue; // a table row is read by column (Tables/TableCandidates); "tăng 14%" is a change, not a level
            }

            var requested = IsRequested(m);
            var covered = m.Measure == Measure.Number && WholeInWords.CountsTheCovered(_wholes, m.Span);
            var first = found.Count;
            foreach (var indicator in catalog.Indicators)
            {
                if (Score(indicator, m, requested, covered) is { } candidate)
                {
                    found.Add(candidate);
                }
            }

            PeopleOfAShare(m, found, first);
        }

        return found;
    }

    // "142/187 công chức, viên chức hoàn thành bồi dưỡng kỹ năng số … trên nền tảng Bình dân học vụ số": a fraction of
    // people that a rate reads is that rate's share, not a count of people of another indicator (the participants).
    private static void PeopleOfAShare(Measurement m, List<Candidate> found, int first)
    {
        if (m.Measure != Measure.Fraction || !found.Skip(first).Any(c => c.Indicator.Definition.IsRatio))
        {
            return;
        }

        for (var i = found.Count - 1; i >= first; i--)
        {
            // "(46/46 người)": all of them, so the count is the whole's too.
            if (!found[i].Indicator.Definition.IsRatio && found[i].Indicator.Definition.Unit == MeasureUnit.People && m.Numerator != m.Denominator)
            {
                found.RemoveAt(i);
            }
        }
    }

    private Candidate? Score(CompiledIndicator indicator, Measurement m, bool requested, bool covered)
    {
        var definition = indicator.Definition;
        if (!UnitFits(definition, m) || (requested && !definition.AcceptsRequests))
        {
            return null;
        }

        if (definition.Unit is MeasureUnit.Count or MeasureUnit.People && RunTogether(m))
        {
            return null;
        }

        // "Tất cả 54 công chức … đều được cấp tài khoản thư điện tử công vụ": the people a share of 100% is of, no count of
        // what they were given.
        if (covered && definition.Unit == MeasureUnit.Count)
        {
            return null;
        }

        var labelAdds = LabelNamesIt(indicator, m);
        var unitWord = UnitWordMatches(indicator, m) || GrantedUnitWord(indicator, m) || ShortenedUnitWord(indicator, m) || labelAdds >= 0;
        if (definition.Unit is MeasureUnit.Count or MeasureUnit.People && m.NounKey.Length > 0 && !(definition.Unit == MeasureUnit.Count && IsClassifier(m)) &&
            definition.UnitWords.Length > 0 && !unitWord)
        {
            return null;
        }

        if (definition.UnitWordRequired && !unitWord)
        {
            return null;
        }

        // A label of its unit words alone ("Số thôn: 25", "Tổng số thôn, bản: 25") names an indicator whose phrasings only
        // place a count of it; one more word may name something else ("Số bản sao: 25").
        var phrasing = new PhrasingScorer(view, m).Best(indicator);
        var named = (definition.UnitWordSuffices && unitWord) || (definition.UnitWordRequired && labelAdds == 0);
        var heading = phrasing is null && !named && HeadingNamesIt(indicator, m);
        if ((phrasing is null && !named && !heading) || IsExcluded(indicator, m) || PartOfItsNoun(definition, m, phrasing) ||
            CountsAnExcludedPart(indicator, m) || AShareOfIt(indicator, m) || CountsWhatLacksIt(definition, m) || AttendedNotHeld(definition, m) ||
            SingledOutPart(m))
        {
            return null;
        }

        if (heading)
        {
            return new Candidate(indicator, [m], CountOrValue(definition, m), 1.2 - (m.IsPart ? 1.5 : 0), "tiêu đề mục \"" + view.HeadingAt(m.Span.Start) + "\"",
                null, new Support(1.2, 0, 0, 0, 0, false, true), Ceiling: HeadingCeiling);
        }

        // A part of a stated total is never the value: the total is ("74 chứng thư, gồm 09 … và 63 …").
        var score = (phrasing?.Score ?? 1.2) + (unitWord ? 1.0 : 0) - (m.IsPart ? 1.5 : 0);
        var support = phrasing is { } p
            ? new Support(p.Score, p.Distance, p.Spread, p.ContextBack, p.Words, unitWord, false)
            : new Support(1.2, 0, 0, 0, 0, unitWord, true);
        return new Candidate(indicator, [m], CountOrValue(definition, m), score, phrasing?.Reason ?? "từ đơn vị \"" + m.Noun + "\"", null, support);
    }

    // A heading that names money is not a sentence that does: under it the amounts are read as the heading says, but the
    // text does not say it of each, so such a value stays under the sure mark.
    private const double HeadingCeiling = 0.85;

    // "2. Kinh phí" over "- Năm 2025: 865 triệu đồng, gồm …", "5. Kinh phí" over "Năm 2025, Trung tâm được giao 14,6 tỷ
    // đồng để vận hành …": an amount of money whose sentence names no indicator of money, in a numbered section whose short
    // title opens with a one-term phrasing of a money indicator that means the money given to or spent on the work
    // (<see cref="FundsWords"/>), is that indicator's. Not under a title that opens with other words ("Thanh toán trực
    // tuyến", "Nhu cầu kinh phí") or with a term that covers more than the work's money ("Ngân sách" is revenue too,
    // "Giải ngân vốn đầu tư công" is building projects); not where the title or the amount's sentence holds one of its
    // exclusions or words of revenue or of a building project ("- Tổng thu trên địa bàn: 12,5 tỷ đồng", "- Dự án đường
    // giao thông thôn 3: 2,1 tỷ đồng"); and not where the section holds more than one amount that no phrasing names
    // ("- Chi mua sắm máy tính: 300 triệu đồng. - Chi thuê phần mềm: 150 triệu đồng.": which one is the total is not said).
    private bool HeadingNamesIt(CompiledIndicator indicator, Measurement m)
    {
        var definition = indicator.Definition;
        if (definition.Unit != MeasureUnit.Vnd || m.Measure != Measure.Money || view.SectionAt(m.Span.Start) is not (var section, var title))
        {
            return false;
        }

        if (title.Length == 0 || title.Split(' ').Length > 8 || definition.Exclusions.Any(e => FoldedWords.Has(title, e)) ||
            !definition.Phrasings.Any(p => p.Terms.Length == 1 && !p.Terms[0].MayBeInContext && FundsWords.Contains(p.Terms[0].Folded) &&
                                           FoldedWords.StartsWith(title, p.Terms[0].Folded)))
        {
            return false;
        }

        var sentence = view.Sentences[m.Sentence];
        var words = FoldedWords.Of(view.Folded.AsSpan(sentence.Start, sentence.Length));
        if (definition.Exclusions.Any(e => FoldedWords.Has(words, e)) || FoldedWords.HasAny(words, NotTheWorksMoney) ||
            RevenueWord().IsMatch(view.Text.AsSpan(sentence.Start, sentence.Length)))
        {
            return false;
        }

        return view.Measurements.Count(o => o.Measure == Measure.Money && !o.IsPart && o.Span.Start >= section.Start && o.Span.End <= section.End &&
                                            new PhrasingScorer(view, o).Best(indicator) is null) == 1;
    }

    // The one-term phrasings (folded) that mean the money given to or spent on the work itself, and so may name the amounts
    // under a heading: "kinh phí". Not "ngân sách" (a budget's revenue too) nor "giải ngân", "vốn đầu tư" (building projects).
    private static readonly HashSet<string> FundsWords = ["kinh phi"];

    // Words, folded, of money that is not the work's own: a building project's ("dự án", "đầu tư", "xây dựng", "công trình",
    // "giao thông"). Not "đường" alone: "thuê đường truyền" is the work's.
    private static readonly string[] NotTheWorksMoney = ["du an", "dau tu", "xay dung", "cong trinh", "giao thong"];

    // "thu" as written, with no marks (revenue: "Tổng thu", "thu ngân sách"), a word of its own; not "thư" nor "thuê".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\p{L})[Tt]hu(?!\p{L})")]
    private static partial System.Text.RegularExpressions.Regex RevenueWord();

    // "42938374 người": seven digits or more with no dot grouping their thousands is no count a report writes (it writes
    // "4.293.837"); in an OCR'd table it is the cells of one row run together ("4 | 29 | 38 | 3 | 74").
    private bool RunTogether(Measurement m)
    {
        var digits = 0;
        foreach (var c in view.Text.AsSpan(m.Span.Start, m.Span.Length))
        {
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
            if (digits >= 7)
            {
                return true;
            }
        }

        return false;
    }

    // "12 thôn, làng chưa thành lập tổ công nghệ số", "05 máy tính chưa được cài phần mềm diệt virus", "2 bản không có
    // sóng 4G" ("không" only before "có"/"được": "24 cuộc họp không giấy tờ" are meetings): a count of what lacks the thing is no count of the thing, nor of anything the words after the negation
    // name. The negation must come within a few words of the number and not open a clause of its own: in "40 máy tính,
    // chưa có máy chủ" the 40 computers stay. The noun before the negation ("12 thôn") keeps no value either: the
    // count is of a part that lacks, not of the whole.
    private bool CountsWhatLacksIt(IndicatorDefinition d, Measurement m)
    {
        if (m.Measure != Measure.Number || d.IsRatio)
        {
            return false;
        }

        if (_lackOf != m.Span)
        {
            _lackOf = m.Span;
            _lacks = NegatedRightAfter(m);
        }

        return _lacks;
    }

    private bool NegatedRightAfter(Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        var end = sentence.End;
        foreach (var other in view.MeasurementsIn(m.Sentence))
        {
            if (other.Span.Start >= m.Span.End && other.Span.Start < end)
            {
                end = other.Span.Start;
            }
        }

        var after = view.Folded.AsSpan(m.Span.End, end - m.Span.End);
        var words = 0;
        var i = 0;
        while (i < after.Length && words < 5)
        {
            while (i < after.Length && after[i] == ' ')
            {
                i++;
            }

            var start = i;
            while (i < after.Length && char.IsLetter(after[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false; // a comma, bracket or stop before any negation: the clause went on without one
            }

            var word = after[start..i];
            if ((word is "chua" && NumberContext.IsNotYet(view.Text.AsSpan(m.Span.End + start, i - start))) ||
                (word is "khong" && (after[i..].StartsWith(" co ") || after[i..].StartsWith(" duoc "))))
            {
                return words > 0 && !(start > 1 && after[..start].TrimEnd(' ').EndsWith(','));
            }

            words++;
            if (i < after.Length && after[i] == ',')
            {
                i++; // "12 thôn, làng chưa …": a list of nouns
            }
        }

        return false;
    }

    // "dự 27 hội nghị trực tuyến do Trung ương, tỉnh tổ chức", "tham gia 36 cuộc họp … do Bộ tổ chức": meetings the unit
    // attended (a word of attending right before the count) are not meetings it held, unless holding is said with it
    // ("tổ chức và tham gia 40 cuộc họp": both, so the count stays).
    private static readonly string[] Attending = ["du", "tham du", "tham gia", "du hop", "moi du"];

    private bool AttendedNotHeld(IndicatorDefinition d, Measurement m)
    {
        if (m.Measure != Measure.Number || !d.UnitWords.Contains("cuoc hop"))
        {
            return false;
        }

        var sentence = view.Sentences[m.Sentence];
        var before = view.Folded.AsSpan(sentence.Start, m.Span.Start - sentence.Start);
        var clause = FoldedWords.Of(before[(before.LastIndexOfAny(",;:") + 1)..]);
        foreach (var word in Attending)
        {
            if (clause != word && !clause.EndsWith(" " + word, StringComparison.Ordinal))
            {
                continue;
            }

            // "dự", not "đủ" ("đủ 12 cuộc họp"): the last word as written, with its marks or none.
            var written = view.Text.AsSpan(sentence.Start, m.Span.Start - sentence.Start).TrimEnd(' ');
            var lastStart = written.LastIndexOf(' ') + 1;
            if (word == "du" && !FoldedWords.WrittenAs(written[lastStart..], "dự", "du"))
            {
                return false;
            }

            var head = clause[..^word.Length];
            return !FoldedWords.Has(head, "to chuc") && !FoldedWords.Has(head, "chu tri");
        }

        return false;
    }

    // "79/126 viên chức, người lao động hoàn thành khóa bồi dưỡng": the noun of a fraction names the whole (126 viên
    // chức), the numerator those of them that did something. A count named only by that noun is not the numerator
    // ("17/19 thôn có sóng 4G" has 19 villages, not 17); one named by what the numerator did still is ("9/9 thôn thành
    // lập Tổ công nghệ số": 9 teams). A verb right before the fraction names nothing they did ("Có 29/32 cán bộ đã …":
    // "có" + the noun is no phrasing of what the 29 did).
    private static bool PartOfItsNoun(IndicatorDefinition d, Measurement m, PhrasingMatch? phrasing) =>
        m.Measure == Measure.Fraction && d.Unit is MeasureUnit.Count or MeasureUnit.People && !d.IsRatio &&
        (phrasing is null || phrasing.Value is { Distance: < AdjacentPoints, Spread: < AdjacentPoints, ContextBack: 0 });

    // Penalty points of a term written right next to the number (a space or two).
    private const double AdjacentPoints = 0.1;

    // "712 chiếc", "15 cái": a classifier names no thing, so it neither supports nor rules out a unit word of things
    // (never of people: "chiếc" counts no people).
    // Compared as written where folding joins words: "bo" is "bộ" (a set), not "bò" or "bơ".
    private static bool IsClassifier(Measurement m) =>
        m.NounKey is "chiec" or "cai" ||
        (m.NounKey == "bo" && (m.Noun.Equals("bộ", StringComparison.OrdinalIgnoreCase) || m.Noun.Equals("bo", StringComparison.OrdinalIgnoreCase)));

    // "Máy vi tính các loại: 21 bộ", "Máy tính: 46": a count right after a label's colon, with no noun or only a
    // classifier of its own, counts what the label names when the label (after any item mark) starts with one of the
    // indicator's unit words and adds at most two words to it (the kinds its other unit words name not counted: "Máy vi
    // tính để bàn và xách tay: 21 bộ"), none of them narrowing it ("Máy tính hỏng: 3"). Gives the fewest words the label
    // adds, or −1 where it does not name the indicator.
    private int LabelNamesIt(CompiledIndicator indicator, Measurement m)
    {
        if (indicator.UnitWords.Length == 0 || indicator.Definition.Unit != MeasureUnit.Count || m.Measure != Measure.Number ||
            !(m.NounKey.Length == 0 || IsClassifier(m)))
        {
            return -1;
        }

        var label = LabelBefore(m);
        if (label is null)
        {
            return -1;
        }

        // "Máy tính tại trụ sở Viện …: 96 bộ; tại các Viện khu vực: 148 bộ": where the thing stands narrows nothing when
        // later clauses name the other places, and a clause whose label only names another place after the first
        // clause's label counts the same thing there. A place alone ("Máy tính tại Bộ phận một cửa: 4 bộ") is a part.
        var place = BeforeAPlace(label);
        if (place.Length == 0 && label.Length > 0 && PlaceOfTheFirstLabel(m.Sentence) is { } named)
        {
            label = named;
        }
        else if (place.Length > 0 && place.Length < label.Length && ALaterClauseNamesAPlace(m.Sentence))
        {
            label = place;
        }

        // A count word before the unit word ("Số thôn: 25") only where the unit words alone name the indicator: for one
        // whose unit words are kinds of one another ("Số máy tính xách tay: 12" counts laptops, not computers) it is not.
        if (indicator.Definition.UnitWordRequired)
        {
            label = WithoutCountWord(label);
        }

        var fewest = -1;
        foreach (var w in indicator.UnitWords)
        {
            if (FoldedWords.StartsWith(label, w) && AddedWords(indicator, label[w.Length..]) is var added and <= 2 && (fewest < 0 || added < fewest))
            {
                fewest = added;
            }
        }

        return fewest;
    }

    // "Số thôn", "Tổng số máy tính", "Số lượng máy vi tính": the words that say a label is a count of what follows them.
    private static readonly string[] CountWords = ["tong so luong", "tong so", "so luong", "so"];

    private static string WithoutCountWord(string label)
    {
        foreach (var w in CountWords)
        {
            if (FoldedWords.StartsWith(label, w) && label.Length > w.Length)
            {
                return label[(w.Length + 1)..];
            }
        }

        return label;
    }

    // The label right before a count's colon, folded, without its item mark; null without one or where a narrowing word
    // ("hỏng", "cần thay thế") makes it a part. Read once a measurement: the indicators are scored one after another.
    private string? LabelBefore(Measurement m)
    {
        if (_labelOf == m.Span)
        {
            return _label;
        }

        _labelOf = m.Span;
        _label = null;
        var sentence = view.Sentences[m.Sentence];
        var colon = m.Span.Start - 1;
        while (colon > sentence.Start && view.Text[colon] == ' ')
        {
            colon--;
        }

        if (colon <= sentence.Start || view.Text[colon] != ':')
        {
            return null;
        }

        var from = view.Folded.AsSpan(sentence.Start, colon - sentence.Start).LastIndexOfAny(":;\n") + 1;
        var label = FoldedLabel(sentence.Start + from, colon);
        _label = FoldedWords.HasAny(label, NarrowingWords) ? null : label;
        return _label;
    }

    private static readonly string[] PlaceWords = ["tai", "o"];

    // The label up to a word that says where ("máy tính tại trụ sở …" → "máy tính"); "" when it opens with one.
    private static string BeforeAPlace(string label)
    {
        var words = label.Split(' ');
        var at = Array.FindIndex(words, w => PlaceWords.Contains(w));
        return at < 0 ? label : string.Join(' ', words[..at]);
    }

    // The label of a clause of the sentence's statement (clauses joined by ";"), from its start to its colon.
    private string? ClauseLabel(int sentence)
    {
        var clause = view.Sentences[sentence];
        var colon = view.Text.IndexOf(':', clause.Start, clause.End - clause.Start);
        return colon < 0 ? null : FoldedLabel(clause.Start, colon);
    }

    // The folded words of the text from start to a label's colon, OCR look-alikes folded, without the item mark.
    private string FoldedLabel(int start, int colon) =>
        WithoutItemMark(OcrFold.Phrase(FoldedWords.Of(view.Folded.AsSpan(start, colon - start))));

    // The label of the first clause of the statement, up to its word of place, where it has one.
    private string? PlaceOfTheFirstLabel(int sentence)
    {
        var statement = view.StatementStart(sentence);
        if (statement == sentence || ClauseLabel(statement) is not { } label)
        {
            return null;
        }

        var before = BeforeAPlace(label);
        return before.Length > 0 && before.Length < label.Length && !FoldedWords.HasAny(label, NarrowingWords) ? before : null;
    }

    // Whether a later clause of the sentence's statement has a label that only names another place ("…; tại các Viện khu
    // vực: 148 bộ"): then the first clause's place is one of several, and its label without it names the thing.
    private bool ALaterClauseNamesAPlace(int sentence)
    {
        var statement = view.StatementStart(sentence);
        for (var s = sentence + 1; s < view.Sentences.Count && view.StatementStart(s) == statement; s++)
        {
            if (ClauseLabel(s) is { Length: > 0 } label && BeforeAPlace(label).Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    // The words a label adds to its unit word, not counting "và" nor the words of the indicator's other unit words: "máy
    // vi tính để bàn và xách tay" adds none (kinds of the thing it counts, as "máy tính để bàn", "máy tính xách tay"
    // are), "máy tính các loại" two.
    private static int AddedWords(CompiledIndicator indicator, string rest)
    {
        var added = 0;
        foreach (var word in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word != "va" && !indicator.UnitWords.Any(u => FoldedWords.Has(u, word)))
            {
                added++;
            }
        }

        return added;
    }

    // A label that counts only some of the things ("Máy tính hỏng: 3", "Máy tính cần thay thế: 12", "Máy tính chưa kết
    // nối mạng: 5", "Máy tính mới: 8") gives no count of them all.
    private static readonly string[] NarrowingWords = ["chua", "khong", "hong", "can", "thay the", "tang", "giam", "moi"];

    // "(i) máy vi tính", "- máy tính", "a) máy tính", "2. máy tính" in folded words: the label after its item mark.
    private static string WithoutItemMark(string words)
    {
        var start = 0;
        while (start < words.Length)
        {
            var end = words.IndexOf(' ', start);
            end = end < 0 ? words.Length : end;
            var token = words.AsSpan(start, end - start);
            var isMark = token.Length == 1 || !token.ContainsAnyExcept("0123456789") || !token.ContainsAnyExcept("ivx") ||
                         !token.ContainsAnyExcept("-+*•–");
            if (!isMark)
            {
                break;
            }

            start = Math.Min(end + 1, words.Length);
        }

        return words[start..];
    }

    // "Theo số liệu của Sở …, toàn tỉnh đạt tỷ lệ 91,2% …", "Qua tổng hợp của Sở …, toàn tỉnh đã bố trí 186,5 tỷ đồng": a
    // figure of the whole province (or city, or country) that the sentence quotes from a body's data or compilation is
    // not the issuer's own (a province's own "Toàn tỉnh có 3.526 trạm" quotes no one and stays).
    private static readonly string[] Quoting = ["theo so lieu", "theo thong ke", "theo bao cao", "theo tong hop", "qua tong hop", "qua thong ke"];
    private static readonly string[] WholeProvince = ["toan tinh", "ca tinh", "toan thanh pho", "toan quoc", "ca nuoc"];

    private bool QuotedForTheWholeProvince(Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        var before = view.Folded.AsSpan(sentence.Start, m.Span.Start - sentence.Start);
        var clause = FoldedWords.Of(before[(before.LastIndexOfAny(",;:") + 1)..]);
        return (FoldedWords.HasAny(clause, WholeProvince) && FoldedWords.HasAny(FoldedWords.Of(before), Quoting)) || QuotedFromABody(before) ||
               QuotesABodyByName(view.Text.AsSpan(sentence.Start, m.Span.Start - sentence.Start), before) ||
               WholeProvinceGoesOn(before, clause) || QuoteGoesOn(m.Sentence, before);
    }

    // "Theo số liệu trên Hệ thống …, năm 2025 toàn tỉnh tiếp nhận 412.586 hồ sơ, trong đó 298.771 hồ sơ trực tuyến, đạt
    // 72,4%": a short clause of a verb (at most three words: "đạt", "chiếm tỷ lệ") goes on with the subject of its quoting
    // clause, the whole province. A clause with a subject of its own ("…, trong đó trên địa bàn xã có 8 trạm") does not.
    private static bool WholeProvinceGoesOn(ReadOnlySpan<char> before, string clause)
    {
        var part = FoldedWords.Of(before[(before.LastIndexOf(';') + 1)..]);
        return clause.Length > 0 && clause.Split(' ').Length <= 3 && FoldedWords.HasAny(part, WholeProvince) && FoldedWords.HasAny(part, Quoting);
    }

    // "Theo số liệu của Sở …, toàn tỉnh có 214 doanh nghiệp công nghệ số; tỷ lệ hồ sơ … của tỉnh đạt 81,4%": a statement
    // whose first clause quotes a body goes on quoting after its ";" in a clause that gives the figure to the province, the
    // city or the country ("của tỉnh", "toàn tỉnh"); a clause of the issuer's own ("…; tỷ lệ này của Trung tâm là 96,7%")
    // does not.
    private static readonly string[] ProvinceOwns = ["cua tinh", "cua thanh pho", "cua ca nuoc", .. WholeProvince];

    private bool QuoteGoesOn(int sentence, ReadOnlySpan<char> before)
    {
        // The ";" may end a sentence of its own (the statement's first) or stand inside this one.
        var semicolon = before.IndexOf(';');
        var first = semicolon >= 0 ? sentence : view.StatementStart(sentence);
        if ((semicolon < 0 && first == sentence) || !FoldedWords.HasAny(FoldedWords.Of(before[(before.LastIndexOf(';') + 1)..]), ProvinceOwns))
        {
            return false;
        }

        var start = view.Sentences[first].Start;
        var length = semicolon >= 0 ? semicolon : view.Sentences[first].Length;
        var opening = view.Folded.AsSpan(start, length).TrimEnd(" ;");
        length = opening.Length;
        var words = FoldedWords.Of(opening);
        return QuotedFromABody(opening) || QuotesABodyByName(view.Text.AsSpan(start, length), opening) ||
               (FoldedWords.HasAny(words, Quoting) && FoldedWords.HasAny(words, WholeProvince));
    }

    // "Theo Sở Nội vụ thành phố, tỷ lệ … đạt 97,3%", "Theo Bảo hiểm xã hội tỉnh, …": a clause that opens with "Theo" and
    // a body named with a capital (a word of an agency: Sở, UBND, Ủy ban, Bộ, Cục, Chi cục, Trung tâm, …) up to its comma
    // quotes that body, up to the next ";". Not "Theo Kế hoạch số …, …" nor "Theo Báo cáo …" (a document, no body), nor
    // "theo quy định": the word after "Theo" must be one of an agency's and written with a capital. The issuer's own office
    // ("Theo Phòng Tổ chức cán bộ, …", "Theo Bộ phận Một cửa, …") reports the issuer's figures (OwnOffices).
    // The kinds are BodyKinds' authorities, agencies and branches ("Theo Chi nhánh Ngân hàng Chính sách xã hội tỉnh, …"),
    // but not those whose folded word also opens common words ("Theo Báo cáo …", "Theo Đại hội …"); the issuer's own
    // offices are left out below (OwnOffice).
    private static readonly string[] AgencyOpenings =
        [.. BodyKinds.With(BodyRole.Authority | BodyRole.Agency | BodyRole.Branch).Where(k => !k.CommonWordsToo).Select(k => k.Folded)];

    private static bool QuotesABodyByName(ReadOnlySpan<char> written, ReadOnlySpan<char> folded)
    {
        var clause = folded.LastIndexOf(';') + 1;
        for (var at = folded[clause..].IndexOf("theo ", StringComparison.Ordinal); at >= 0;)
        {
            var start = clause + at;
            var name = start + 5;
            if ((start == 0 || !char.IsLetter(folded[start - 1])) && folded[clause..start].IndexOfAnyInRange('0', '9') < 0 &&
                name < written.Length && char.IsUpper(written[name]))
            {
                var comma = folded[name..].IndexOfAny(",;.");
                var body = comma < 0 ? "" : FoldedWords.Of(folded.Slice(name, comma));
                if (comma > 0 && folded[name + comma] == ',' && body.Split(' ').Length <= 10 &&
                    AgencyOpenings.Any(w => FoldedWords.StartsWith(body, w)) && !OwnOffice(body))
                {
                    return true;
                }
            }

            var next = folded[(start + 5)..].IndexOf("theo ", StringComparison.Ordinal);
            at = next < 0 ? -1 : start + 5 + next - clause;
        }

        return false;
    }

    // "Theo số liệu của UBND xã, xã … có 14 bản với khoảng 6.900 nhân khẩu", "Theo thông báo của Sở, tỷ lệ … của toàn ngành
    // đạt 98,4%; tỷ lệ này của Trung tâm là 96,7%": a clause that opens by quoting a body's data ("theo" + a word of data,
    // at most one word more, "của" + the body) gives that body's figures, not the issuer's, up to the next ";" (after it
    // the issuer speaks of its own: the 96,7% stays). A source without "của" ("Theo báo cáo này", "theo Báo cáo số 12/BC-…
    // của …", an appendix's "Kèm theo …") quotes no body's data. Only where nothing with a figure stands before the quote.
    private static readonly string[] QuotedData = ["so lieu", "thong bao", "bao cao", "thong ke", "tong hop", "danh gia"];

    private static bool QuotedFromABody(ReadOnlySpan<char> before)
    {
        var clause = before[(before.LastIndexOf(';') + 1)..];
        for (var at = clause.IndexOf("theo ", StringComparison.Ordinal); at >= 0;)
        {
            if ((at == 0 || !char.IsLetter(clause[at - 1])) && clause[..at].IndexOfAnyInRange('0', '9') < 0 && NamesABody(clause[(at + 5)..]))
            {
                return true;
            }

            var next = clause[(at + 5)..].IndexOf("theo ", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 5 + next;
        }

        return false;
    }

    // A word of data, at most one word more, then "của " and a body that is not one of the issuer's own offices: "so
    // lieu cua", "so lieu thong ke cua". "Theo số liệu của phòng Kế hoạch, Bệnh viện có 250 máy tính", "theo báo cáo
    // của các khoa, …": an office, ward of a hospital, section or team reports the issuer's own figures.
    // The offices are BodyKinds' (a body's own offices, never bodies of their own), one or several ("các phòng").
    private static readonly string[] OwnOffices =
        [.. BodyKinds.With(BodyRole.Office).SelectMany(k => new[] { k.Folded, "cac " + k.Folded })];

    private static bool NamesABody(ReadOnlySpan<char> rest)
    {
        foreach (var data in QuotedData)
        {
            if (!rest.StartsWith(data + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var after = rest[(data.Length + 1)..];
            if (after.StartsWith("cua ", StringComparison.Ordinal))
            {
                return !OwnOffice(after[4..]);
            }

            var space = after.IndexOf(' ');
            if (space > 0 && after[..space].IndexOfAny(",;:()0123456789") < 0 && after[(space + 1)..].StartsWith("cua ", StringComparison.Ordinal))
            {
                return !OwnOffice(after[(space + 5)..]);
            }
        }

        return false;
    }

    private static bool OwnOffice(ReadOnlySpan<char> body)
    {
        foreach (var office in OwnOffices)
        {
            if (body.StartsWith(office, StringComparison.Ordinal) && (body.Length == office.Length || !char.IsLetter(body[office.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // "Hai trạm BTS mới được xây dựng trong năm, nâng tổng số trạm trên địa bàn lên 7 trạm": the one count of a sentence
    // that goes on to raise the total to the next number is what was added, not the level (the next number is). After
    // counts listed before it ("… cận lâm sàng 87 máy, khối hành chính 65 máy, nâng tổng số máy tính … lên 366 máy") it is
    // a part, and the raised total is theirs (PartsSummer).
    private bool RaisedAfter(Measurement m)
    {
        if (m.Measure != Measure.Number)
        {
            return false;
        }

        var sentence = view.Sentences[m.Sentence];
        Measurement? next = null;
        foreach (var other in view.MeasurementsIn(m.Sentence))
        {
            if (other.Span.End <= m.Span.Start && other.Measure == Measure.Number)
            {
                return false;
            }

            if (other.Span.Start >= m.Span.End && (next is null || other.Span.Start < next.Span.Start))
            {
                next = other;
            }
        }

        if (next is null || next.Measure != Measure.Number || next.Span.Start > sentence.End)
        {
            return false;
        }

        var between = view.Folded.AsSpan(m.Span.End, next.Span.Start - m.Span.End);
        var clause = between.LastIndexOfAny(",;");
        if (clause < 0)
        {
            return false;
        }

        var opening = between[(clause + 1)..].TrimStart(' ');
        return opening.StartsWith("nang tong so", StringComparison.Ordinal) && between.TrimEnd(' ').EndsWith(" len", StringComparison.Ordinal);
    }

    // A bare number right before another number ("Dân số của phường 12 152.730 người": OCR debris of "là") is no figure;
    // nor is a lone group of zeros ("thu hút trên 4]0 000 lượt": OCR broke 410.000 and repair kept its last group): no
    // count of nothing is written "000".
    private bool IsStray(Measurement m)
    {
        if (m.Value == 0 && m.Sources.Count == 1 && IsZeroGroup(view.Text.AsSpan(m.Span.Start, m.Span.Length)))
        {
            return true;
        }

        if (m.Measure != Measure.Number || m.Noun.Length > 0)
        {
            return false;
        }

        // A bare "0" names no count: a report says none in words ("chưa có", "không phát sinh"), and the gold keeps no
        // value for it; in English OCR a lone 0 is mostly a garbled letter ("vào ô 0 o =] {").
        if (m.Value == 0)
        {
            return true;
        }

        if (NamesANumberedOne(m) || NamesAGrade(m))
        {
            return true;
        }

        var i = m.Span.End;
        while (i < view.Text.Length && view.Text[i] == ' ')
        {
            i++;
        }

        return i > m.Span.End && i < view.Text.Length && char.IsAsciiDigit(view.Text[i]);
    }

    // "Đội Kiểm lâm cơ động số 1 và 17 Hạt Kiểm lâm", "Trạm số 2": a bare number right after "số" (written with its marks)
    // is the name of one numbered thing, no count ("tổng số 15", "với số 20" say a count and keep their noun).
    private bool NamesANumberedOne(Measurement m)
    {
        var text = view.Text;
        var end = m.Span.Start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end < 2 || end == m.Span.Start || !text.AsSpan(end - 2, 2).Equals("số", StringComparison.OrdinalIgnoreCase) ||
            (end > 2 && char.IsLetter(text[end - 3])))
        {
            return false;
        }

        var before = view.Folded.AsSpan(0, end - 2).TrimEnd(' ');
        return !(before.EndsWith("tong", StringComparison.Ordinal) || before.EndsWith("voi", StringComparison.Ordinal) ||
                 before.EndsWith("co", StringComparison.Ordinal) || before.EndsWith("la", StringComparison.Ordinal));
    }

    // "đại lý cấp 1 và cấp 2", "hạng 1, hạng 2", "loại 1 hoặc loại 2": a bare number after a word of rank, in a series of
    // the same word, names a grade, no count. Written with its marks ("cấp", not "cáp"); a lone "cấp 15" (issued 15) stays.
    private static readonly string[] GradeWords = ["cấp", "hạng", "loại"];

    private bool NamesAGrade(Measurement m)
    {
        var text = view.Text;
        foreach (var word in GradeWords)
        {
            if (GradeBefore(text, m.Span.Start, word) is not { } at)
            {
                continue;
            }

            // The same word and a number right after ("cấp 1 và cấp 2"), or before ("cấp 1 và cấp 2" seen from the 2).
            var after = text.AsSpan(m.Span.End).TrimStart(' ');
            var joined = after.StartsWith(", ", StringComparison.Ordinal) ? after[2..] :
                after.StartsWith("và ", StringComparison.OrdinalIgnoreCase) ? after[3..] :
                after.StartsWith("hoặc ", StringComparison.OrdinalIgnoreCase) ? after[5..] : [];
            if (joined.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) && joined.Length > word.Length + 1 && char.IsAsciiDigit(joined[word.Length + 1]))
            {
                return true;
            }

            var head = text.AsSpan(0, at).TrimEnd(' ');
            var joiner = head.EndsWith(",", StringComparison.Ordinal) ? 1 : head.EndsWith(" và", StringComparison.OrdinalIgnoreCase) ? 3 :
                head.EndsWith(" hoặc", StringComparison.OrdinalIgnoreCase) ? 5 : 0;
            if (joiner == 0)
            {
                continue;
            }

            var previous = head[..^joiner].TrimEnd(' ');
            var digits = previous.Length;
            while (digits > 0 && char.IsAsciiDigit(previous[digits - 1]))
            {
                digits--;
            }

            if (digits < previous.Length && previous[..digits].TrimEnd(' ').EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Where the grade word stands right before the number at <paramref name="start"/> (one space between), or null.
    private static int? GradeBefore(string text, int start, string word)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var at = end - word.Length;
        return end < start && at >= 0 && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) &&
               (at == 0 || !char.IsLetter(text[at - 1]))
            ? at
            : null;
    }

    private static bool IsZeroGroup(ReadOnlySpan<char> written)
    {
        var zeros = 0;
        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c) && c != '0')
            {
                return false;
            }

            zeros += c == '0' ? 1 : 0;
        }

        return zeros >= 3;
    }

    // "9/9 thôn thành lập Tổ công nghệ số": for a count the part is the number of things.
    private static decimal CountOrValue(IndicatorDefinition d, Measurement m) =>
        m.Measure == Measure.Fraction && d.Unit is MeasureUnit.Count or MeasureUnit.People ? m.Numerator ?? m.Value : m.Value;

    private static bool UnitFits(IndicatorDefinition d, Measurement m) => d.Unit switch
    {
        MeasureUnit.Percent => (m.Measure == Measure.Percent && m.Value <= 1000) || (m.Measure == Measure.Fraction && d.IsRatio),
        MeasureUnit.Count or MeasureUnit.People => m.IsWholeCount || (m.Measure == Measure.Fraction && m.NounKey.Length > 0),
        MeasureUnit.Vnd => m.Measure == Measure.Money,
        MeasureUnit.Km2 => m.Measure == Measure.Area,
        _ => false,
    };

    /// <summary>Whether the noun after the number starts with one of the indicator's unit words (compared OCR-folded).</summary>
    public static bool UnitWordMatches(CompiledIndicator indicator, Measurement m) =>
        m.OcrNounKey.Length > 0 && indicator.UnitWordLeads(m.OcrNounKey) && MarksAgree(indicator, m);

    // "04 ban chuyên môn" counts no villages ("bản"): in a text that writes marks (clean or repaired), a noun whose first
    // word stands bare is that bare word, and a unit word of one syllable with marks that folds like it ("bản", "tổ") is
    // not it. A first word with marks is compared folded as before (repair may have put a wrong mark on "ấp": "áp"), as is
    // a noun without any mark (English OCR as read) and a unit word of two syllables or more.
    // The noun's first word is put in small letters once per number (Measurement.FirstNounWord), the unit words folded once
    // per indicator (CompiledIndicator.WrittenSyllableUnitWords).
    private static bool MarksAgree(CompiledIndicator indicator, Measurement m)
    {
        if (indicator.Definition.WrittenUnitWords is not { Count: > 0 } || !HasMarkedLetter(m.Noun))
        {
            return true;
        }

        var first = m.FirstNounWord;
        if (HasMarkedLetter(first))
        {
            return true;
        }

        foreach (var (written, folded) in indicator.WrittenSyllableUnitWords)
        {
            if (string.Equals(folded, first, StringComparison.Ordinal) && !string.Equals(written, first, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasMarkedLetter(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007f' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // "214 bác sĩ, điều dưỡng được cấp chữ ký số": people counted by what they were given.
    private bool GrantedUnitWord(CompiledIndicator indicator, Measurement m) =>
        indicator.UnitWords.Length > 0 && indicator.Definition.Unit == MeasureUnit.Count && m.Measure == Measure.Number &&
        _context.GrantedNoun(m) is { Length: > 0 } noun && indicator.UnitWordLeads(noun);

    // "Số máy tính … tăng 6 máy so với đầu năm, nâng lên 29 máy": a count named by the first word of a unit word that its
    // sentence wrote out in full before it counts the same thing ("2 máy in" names a thing of its own: two words).
    private bool ShortenedUnitWord(CompiledIndicator indicator, Measurement m)
    {
        var noun = m.OcrNounKey;
        if (noun.Length == 0 || noun.Contains(' ') || m.Measure != Measure.Number)
        {
            return false;
        }

        // The words before the number (and the statement's label) are folded only for a unit word that begins with the
        // noun (most have none).
        string? before = null;
        string? label = null;
        foreach (var w in indicator.UnitWords)
        {
            if (w.Length > noun.Length && w[noun.Length] == ' ' && w.StartsWith(noun, StringComparison.Ordinal))
            {
                var sentence = view.Sentences[m.Sentence];
                before ??= FoldedWords.Of(view.Folded.AsSpan(sentence.Start, m.Span.Start - sentence.Start));

                // "- Máy tính phục vụ công tác:" over "+ Trụ sở chính: 22 máy;": the label of the statement names the thing
                // too, unless the number's own words name a thing of that head already ("Máy tính: Hội sở: 92 máy; Máy in: 30 máy").
                label ??= FoldedWords.Has(before, noun) || LabelExcludes(indicator, m.Sentence) ? "" : StatementLabel(m.Sentence);
                if (FoldedWords.Has(before, w) || FoldedWords.Has(label, w))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "- Máy tính bảng cấp cho cán bộ:" over "+ Văn phòng: 10 máy;": a label that names what the indicator leaves out names
    // none of its things.
    private bool LabelExcludes(CompiledIndicator indicator, int sentence)
    {
        if (StatementLabelSpan(sentence) is not var (first, _, colon))
        {
            return false;
        }

        var terms = view.Terms[first];
        foreach (var id in indicator.Exclusions)
        {
            foreach (var h in terms.Hits(id))
            {
                if (colon < 0 || h.End <= colon)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The words before the colon of the sentence that opens the statement of <paramref name="sentence"/>, when that is
    // another sentence (a list's label: "Máy tính: …;", "- Đường truyền Internet:" over its "+" items); else empty.
    private string StatementLabel(int sentence) =>
        StatementLabelSpan(sentence) is var (_, start, colon) && colon >= 0 ? FoldedWords.Of(view.Folded.AsSpan(start, colon - start)) : "";

    // The sentence that opens the statement of <paramref name="sentence"/> when that is another sentence, where it starts,
    // and its first colon (-1 when it has none); null when the sentence opens its own statement.
    private (int First, int Start, int Colon)? StatementLabelSpan(int sentence)
    {
        var first = view.StatementStart(sentence);
        if (first == sentence)
        {
            return null;
        }

        var opening = view.Sentences[first];
        return (first, opening.Start, view.Text.IndexOf(':', opening.Start, opening.Length));
    }

    // An exclusion counts in the words that describe the number ("13 máy tính cấu hình cũ", "124 Tổ … cấp xã và …")
    // or before it in its sentence ("số tiền miễn, giảm 318.000 đồng"), unless it describes an earlier number there:
    // in "124 Tổ … cấp xã và 3.580 Tổ … thôn", "cấp xã" is the 124's. After a clause break it is not the number's:
    // "11.695.000 đồng, số tiền miễn, giảm …" is still collected money.
    private bool IsExcluded(CompiledIndicator indicator, Measurement m)
    {
        var terms = view.Terms[m.Sentence];
        var afterEnd = _context.AfterEnd(m);
        foreach (var id in indicator.Exclusions)
        {
            foreach (var h in terms.Hits(id))
            {
                if ((h.Start >= m.Span.End && h.End <= afterEnd) ||
                    (h.End <= m.Span.Start && !DescribesEarlierNumber(h, m) && !NumberBetween(h, m) && !OpensAnotherConjunct(h, m)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Toàn cơ quan có 40 máy tính; riêng bộ phận một cửa có 8 máy tính": a count whose clause opens with "riêng" after a
    // count of the same noun in its sentence is one part of that whole singled out, neither the whole nor a part to add.
    // Alone ("Riêng năm 2025, xã tổ chức 24 cuộc họp trực tuyến") "riêng" singles out no part of a count.
    private bool SingledOutPart(Measurement m)
    {
        if (m.Measure != Measure.Number || m.NounKey.Length == 0)
        {
            return false;
        }

        var sentence = view.Sentences[m.Sentence];
        var before = view.Folded.AsSpan(sentence.Start, m.Span.Start - sentence.Start);
        var clause = sentence.Start + before.LastIndexOfAny(",;:") + 1;
        if (!FoldedWords.StartsWith(FoldedWords.Of(view.Folded.AsSpan(clause, m.Span.Start - clause)), "rieng"))
        {
            return false;
        }

        // The whole may stand in the clauses before, in this sentence or in the ones its statement joins by ";".
        var head = FirstWord(m.NounKey);
        for (var s = view.StatementStart(m.Sentence); s <= m.Sentence; s++)
        {
            foreach (var earlier in view.MeasurementsIn(s))
            {
                if (earlier.Span.End <= clause && earlier.Measure == Measure.Number && FirstWord(earlier.NounKey).SequenceEqual(head))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "18 tổ công nghệ số cộng đồng …, trong đó tổ cấp phường …, 17 tổ tại các tổ dân phố": a count broken down ("trong
    // đó", "gồm") into a part the indicator excludes (the ward's own team) and a later count of the same noun counts the
    // excluded part too: the later count is the indicator's, the total is not.
    private bool CountsAnExcludedPart(CompiledIndicator indicator, Measurement m)
    {
        if (indicator.Exclusions.Length == 0 || m.Measure != Measure.Number || m.NounKey.Length == 0)
        {
            return false;
        }

        var head = FirstWord(m.NounKey);
        var terms = view.Terms[m.Sentence];
        foreach (var later in view.MeasurementsIn(m.Sentence))
        {
            if (later.Span.Start <= m.Span.End || later.Measure != Measure.Number || !FirstWord(later.NounKey).SequenceEqual(head))
            {
                continue;
            }

            var marker = MarkerAt(m.Span.End, later.Span.Start);
            if (marker >= 0 && indicator.Exclusions.Any(id => terms.Hits(id).Any(h => h.Start >= marker && h.End <= later.Span.Start)))
            {
                return true;
            }
        }

        return false;
    }

    // "đã lập hồ sơ sức khỏe điện tử cho 8.100 người, đạt 87,4% dân số": a count given right after as a percent of what the
    // indicator counts (its phrasing follows the percent) is a part of that whole, not the whole.
    private static readonly string[] SharePrefix = ["dat", "chiem", "bang", "dat ty le", "chiem ty le", "dat khoang", "chiem khoang", "dat gan"];

    private bool AShareOfIt(CompiledIndicator indicator, Measurement m)
    {
        if (indicator.Definition.IsRatio || m.Measure != Measure.Number)
        {
            return false;
        }

        var next = view.MeasurementsIn(m.Sentence).FirstOrDefault(o => o.Span.Start >= m.Span.End);
        if (next is not { Measure: Measure.Percent } percent || percent.Span.Start - m.Span.End > 40 ||
            view.Text.AsSpan(m.Span.End, percent.Span.Start - m.Span.End).IndexOfAny(".;:") >= 0 ||
            !SharePrefix.Any(w => FoldedWords.Of(view.Folded.AsSpan(m.Span.End, percent.Span.Start - m.Span.End)).EndsWith(w, StringComparison.Ordinal)))
        {
            return false; // "46 máy tính, 100% máy tính đã cài …" says how many of the 46, it does not make them a part
        }

        var terms = view.Terms[m.Sentence];
        foreach (var phrasing in indicator.Phrasings)
        {
            foreach (var id in phrasing.Terms)
            {
                foreach (var hit in terms.Hits(id))
                {
                    if (hit.Start >= percent.Span.End && hit.Start - percent.Span.End <= 2)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> FirstWord(string noun) => noun.AsSpan(0, noun.IndexOf(' ') is >= 0 and var i ? i : noun.Length);

    // Where "trong đó", "bao gồm" or "gồm" first stands in the folded text [from, to), or -1.
    private int MarkerAt(int from, int to)
    {
        var best = -1;
        foreach (var marker in (ReadOnlySpan<string>)["trong do", "bao gom", "gom"])
        {
            var at = view.Folded.IndexOf(marker, from, to - from, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(view.Folded[at - 1])) && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    // "gồm tổ cấp xã và 14 tổ ở các thôn": the excluded words name the item before "và"; a count with a noun right after
    // the "và" opens an item of its own ("14 tổ ở các thôn" are the village teams).
    private bool OpensAnotherConjunct(TermHit hit, Measurement m)
    {
        if (m.Noun.Length == 0 || m.Span.Start <= hit.End)
        {
            return false;
        }

        var between = view.Folded.AsSpan(hit.End, m.Span.Start - hit.End).Trim();
        return between.SequenceEqual("va") || between.EndsWith(" va", StringComparison.Ordinal);
    }

    private bool NumberBetween(TermHit hit, Measurement m) =>
        view.MeasurementsIn(m.Sentence).Any(o => o != m && o.Measure == m.Measure && o.Span.Start >= hit.End && o.Span.End <= m.Span.Start);

    private bool DescribesEarlierNumber(TermHit hit, Measurement m) =>
        view.MeasurementsIn(m.Sentence).Any(o => o.Span.End <= hit.Start && o != m && hit.End <= _context.AfterEnd(o));

    // A request word makes the numbers after it asked for ("đề nghị trang bị 21 máy tính"), unless a plan word starts
    // a clause of its own between them ("đã đề nghị các doanh nghiệp khảo sát, phấn đấu … có 100% thôn …"), or the
    // request was made in the period ("đã đề nghị cấp mới 38 chứng thư số, nâng tổng số … lên 296"): a past step of
    // the work, not what the unit asks for now.
    private bool IsRequested(Measurement m)
    {
        var terms = view.Terms[m.Sentence];
        foreach (var id in catalog.Request)
        {
            foreach (var request in terms.Hits(id))
            {
                if (request.End <= m.Span.Start && !view.Folded.AsSpan(0, request.Start).EndsWith("da ", StringComparison.Ordinal) &&
                    !catalog.StrongTarget.Any(t => terms.Hits(t).Any(h => h.Start >= request.End && h.End <= m.Span.Start)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
