using System.Text.RegularExpressions;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Extraction.Indicators.Confidence;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Extraction.Indicators.Tables;
using TongHop.Parsing;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;
using TongHop.Text.Syllables;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Reads the values of catalog indicators from a report, each with the sentence it came from, and turns
/// every other quantity into a fact. Driven entirely by the catalog (phrasings, unit words, exclusions,
/// cues): an indicator added to the catalog is extracted without code changes. The compiled catalog is
/// built once; the extractor is immutable and thread-safe. Never throws on odd text.
/// </summary>
public sealed partial class IndicatorExtractor : IIndicatorExtractor
{
    private readonly CompiledCatalog _catalog;
    private readonly ConfidenceModel _confidence = ConfidenceModel.Default;

    public IndicatorExtractor()
        : this(IndicatorCatalog.Default)
    {
    }

    public IndicatorExtractor(IndicatorCatalog catalog) => _catalog = new CompiledCatalog(catalog);

    public IndicatorExtraction Extract(ParsedDocument document)
    {
        var view = DocumentView.Build(document, _catalog);
        var kinds = new KindReader(_catalog, view);
        var candidates = new CandidateFinder(_catalog, view).Find();
        RespectiveValues.Apply(_catalog, view, candidates);
        candidates.AddRange(CarriedLabels.Carry(view, candidates));
        candidates.RemoveAll(c => c.Table is null && (OfAnEarlierYear(view, c.First) || FormerUnits.Governs(view, c.First) || WiderArea.Governs(view, c.First)));
        var partFindings = new List<Finding>();
        var unclear = new HashSet<Candidate>();
        candidates.AddRange(PartsSummer.Sum(view, candidates, partFindings, unclear));
        candidates.RemoveAll(unclear.Contains);
        candidates.AddRange(LabelledParts.Sum(view, candidates));
        candidates.AddRange(MoneySources.Sum(view, candidates).ToList());
        var (tableCandidates, findings) = new TableCandidates(_catalog, view).Read();
        candidates.AddRange(tableCandidates);
        PartsAcrossSections.Apply(view, candidates, c => c.Kind ?? kinds.Read(c.First, c.Indicator.Definition.DefaultKind).Kind, partFindings);
        findings.AddRange(partFindings);
        if (Environment.GetEnvironmentVariable("TONGHOP_DEBUG_CANDIDATES") is not null)
        {
            foreach (var c in candidates.OrderBy(c => c.First.Span.Start))
            {
                Console.Error.WriteLine($"  cand {c.Indicator.Definition.Key}={c.Value} score={c.Score:0.00} at {c.First.Span} '{view.Text[c.First.Span.Start..c.First.Span.End]}' {c.Reason}");
            }
        }

        (ValueKind, int?, string) KindOf(Candidate c) => c.Table is { Kind: { } fixedKind } table
            ? (fixedKind, table.Period, "cột của bảng")
            : c.Kind is { } carried
                ? (carried, kinds.Read(c.First, carried).Period, "nhãn của vế trước")
                : kinds.Read(c.First, c.Indicator.Definition.DefaultKind);
        var chosen = CandidateSelector.Select(candidates, KindOf);

        // "100% số máy tính này đã được cài phần mềm diệt virus": the count of the thing read above, once it is chosen.
        if (WholeOfTheCount.Find(_catalog, view, kinds, chosen) is { Count: > 0 } wholes)
        {
            candidates.AddRange(wholes);
            chosen = CandidateSelector.Select(candidates, KindOf);
        }
        var used = chosen.SelectMany(c => c.Candidate.From).ToHashSet();
        // Every value first (a ratio completed from its fraction claims the fraction's numbers in used), then their
        // features: a value's features never depend on which values were read before it.
        var values = chosen.Select(c => ToValue(view, c.Candidate, c.Kind, c.Period, used)).ToList();
        var read = chosen
            .Select((c, i) =>
            {
                var features = Features(view, c.Candidate, c.Why, values[i], candidates, chosen, used);
                var confidence = Math.Min(_confidence.Probability(features), c.Candidate.Ceiling);
                return (Value: values[i] with { Confidence = Math.Round(confidence, 2) }, Features: features);
            })
            .OrderBy(v => v.Value.Span.Start)
            .ToList();
        var claimed = used.SelectMany(m => m.Sources).ToHashSet();
        return new IndicatorExtraction([.. read.Select(r => r.Value)], FactBuilder.Build(view, claimed), findings, [.. read.Select(r => r.Features)]);
    }

    // "tỷ lệ hồ sơ trực tuyến năm 2024 là 71%" in a report on 2025: a figure of another period, not the report's
    // (a wrong value is worse than none). Only when the year governs the number in its own clause: nothing but words
    // (or the colon that introduces it: "năm 2024: 1.120 lượt") between them, and not a comparison ("so với năm 2024, tỷ lệ … đạt 92%").
    private static bool OfAnEarlierYear(DocumentView view, Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        if (view.ReportYear is not { } report || Years.LastBefore(view.Folded, sentence.Start, m.Span.Start) is not { } stated || stated.Year >= report)
        {
            return false;
        }

        // "(năm 2024: 1.120 lượt)": a colon right after the year introduces its figure. A bracket of words only between them
        // ("… của Cục Thống kê tỉnh (cũ) là 96,1%") is a word of the clause.
        var between = WithoutWordAsides(view.Folded.AsSpan(stated.End, m.Span.Start - stated.End));

        // "cao hơn năm 2024 (72,4%)", "so với năm 2024 (61 cuộc)": a bracket opened right after the year holds that
        // year's figure, also in a comparison.
        if (between.Trim(' ').SequenceEqual("("))
        {
            return true;
        }

        var before = view.Folded.AsSpan(sentence.Start, stated.At - sentence.Start).TrimEnd();

        // "Năm 2024, kinh phí cho nhiệm vụ này là 920 triệu đồng.": the year opening its sentence before a comma sets the
        // time of the whole sentence, when no other number and no other clause stands before this one. A comma of a list
        // of nouns ("Năm 2024, số tiền phí, lệ phí … là 6.000.000 đồng") is no other clause; one after a verb ("Trong năm
        // 2024, cơ quan đã triển khai ký số, tỷ lệ … đạt 96,1%") or before a word of now ("…, hiện nay có 45 máy tính") may be.
        if (OpensTheSentence(before) && between.TrimStart(' ').StartsWith(',') && !HasANumber(between) &&
            between.TrimStart(' ')[1..].IndexOfAny(";:()") < 0 && OnlyNounListCommas(between.TrimStart(' ')[1..]))
        {
            return true;
        }

        if (between.TrimStart(' ').StartsWith(':'))
        {
            between = between.TrimStart(' ')[1..];
        }

        if (between.IndexOfAny(",;:()") >= 0 || between.IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        return !(before.EndsWith("voi", StringComparison.Ordinal) || before.EndsWith("hon", StringComparison.Ordinal) || before.EndsWith("den", StringComparison.Ordinal) || before.EndsWith("tu", StringComparison.Ordinal));
    }

    // The text with each bracket that holds only words ("(cũ)", "(nay là …)") left out.
    private static ReadOnlySpan<char> WithoutWordAsides(ReadOnlySpan<char> between)
    {
        var open = between.IndexOf('(');
        if (open < 0)
        {
            return between;
        }

        var close = between[open..].IndexOf(')');
        if (close < 0 || between.Slice(open + 1, close - 1).IndexOfAny("0123456789(,;:%") >= 0)
        {
            return between;
        }

        return string.Concat(between[..open], " ", WithoutWordAsides(between[(open + close + 1)..])).AsSpan();
    }

    // "Trong năm 2024, …", "Cuối năm 2023, …", "Cùng kỳ năm 2024, …", "Theo điều tra năm 2019, …": words of a time in
    // that year, or of the survey that gives its figures, before the year that opens the sentence.
    private static readonly string[] TimeBeforeYear =
        ["trong", "cuoi", "dau", "giua", "het", "den het", "den cuoi", "tinh den het", "tinh den cuoi", "cung ky", "theo dieu tra"];

    // A number of its own in the words: digits not written into a word ("4G", "5G" name a network, not a figure).
    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    private static bool HasANumber(ReadOnlySpan<char> words) => Number().IsMatch(words);

    // Words of the present after a comma, and words of a verb before one: either makes the comma a clause's edge.
    private static readonly string[] NowWords = ["hien nay", "hien co", "hien tai", "den nay", "nam nay", "nay"];
    private static readonly string[] VerbWords = ["da", "duoc", "dang", "se", "co", "dat", "la", "tang", "giam", "trien khai"];

    private static bool OnlyNounListCommas(ReadOnlySpan<char> between)
    {
        var parts = between.ToString().Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            var words = FoldedWords.Of(parts[i]);
            if ((i > 0 && NowWords.Any(w => FoldedWords.StartsWith(words, w))) || (i < parts.Length - 1 && FoldedWords.HasAny(words, VerbWords)))
            {
                return false;
            }
        }

        return true;
    }

    // Nothing but an item's number or mark ("3.2.", "- ", "a)") and words of a time (TimeBeforeYear) before the year in
    // its sentence.
    private static bool OpensTheSentence(ReadOnlySpan<char> before)
    {
        var words = before.Trim();
        foreach (var time in TimeBeforeYear.OrderByDescending(w => w.Length))
        {
            if (words.EndsWith(time, StringComparison.Ordinal) && (words.Length == time.Length || words[^(time.Length + 1)] == ' '))
            {
                words = words[..^time.Length].TrimEnd();
                break;
            }
        }

        foreach (var c in words)
        {
            if (char.IsLetter(c) && !(words.Length <= 3 && c is >= 'a' and <= 'z'))
            {
                return false;
            }
        }

        return true;
    }

    private IndicatorValue ToValue(DocumentView view, Candidate c, ValueKind kind, int? period, HashSet<Measurement> used)
    {
        var m = c.First;
        var (value, numerator, denominator) = c.Indicator.Definition.IsRatio ? (c.Value, m.Numerator, m.Denominator) : (c.Value, null, null);
        if (c.Table is { } table)
        {
            (numerator, denominator) = c.Indicator.Definition.IsRatio ? (table.Numerator, table.Denominator) : (null, null);
        }
        else if (c.Indicator.Definition.IsRatio && m.Measure == Measure.Percent &&
            new RatioCompletion(_catalog, view).Find(m, used) is { } pair)
        {
            (numerator, denominator) = (pair.Numerator.Value, pair.Denominator.Value);
            used.Add(pair.Numerator);
            used.Add(pair.Denominator);
        }

        var qualifier = c.From.Count == 1 ? m.Qualifier : Qualifier.Exact;
        return new IndicatorValue(
            c.Indicator.Definition.Key, kind, value, c.Indicator.Definition.Unit, numerator, denominator, qualifier, period,
            c.Table?.Evidence ?? view.Evidence(m.Sentence), view.Sentences[m.Sentence], 0);
    }

    // The evidence of one chosen value, as the confidence model reads it (see ConfidenceFeatures.Names).
    private static bool SharesANumber(Candidate a, Candidate b)
    {
        for (var i = 0; i < a.From.Count; i++)
        {
            for (var j = 0; j < b.From.Count; j++)
            {
                if (ReferenceEquals(a.From[i], b.From[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ConfidenceFeatures Features(
        DocumentView view, Candidate c, string why, IndicatorValue value, List<Candidate> all,
        List<(Candidate Candidate, ValueKind Kind, int? Period, string Why)> chosen, HashSet<Measurement> used)
    {
        // Rivals: other indicators' candidates on one of its numbers (loops: this runs for every value against every
        // candidate, and the closures were 2 % of extract's allocations).
        var rivalIndicators = new HashSet<CompiledIndicator>();
        var rivalBest = double.NegativeInfinity;
        foreach (var o in all)
        {
            if (o.Indicator != c.Indicator && SharesANumber(o, c))
            {
                rivalIndicators.Add(o.Indicator);
                rivalBest = Math.Max(rivalBest, o.Score);
            }
        }

        var margin = rivalIndicators.Count == 0 ? 3 : Math.Clamp(c.Score - rivalBest, -3, 3);
        var sentence = view.Sentences[c.First.Sentence];
        var (words, valid) = TextQuality.Count(view.Text.AsSpan(sentence.Start, sentence.Length));
        var unit = c.Indicator.Definition.Unit;
        var s = c.Support;
        return new ConfidenceFeatures(
        [
            c.Table is null ? 0 : 1,
            c.Table is { Kind: null } ? 1 : 0,
            s.Phrasing,
            s.Distance,
            s.Spread,
            s.ContextBack > 0 ? 1 : 0,
            s.Words,
            s.UnitWord ? 1 : 0,
            s.UnitOnly ? 1 : 0,
            c.From.Count > 1 || c.Reason.StartsWith("tổng", StringComparison.Ordinal) ? 1 : 0,
            margin,
            rivalIndicators.Count,
            Math.Log(1 + view.MeasurementsIn(c.First.Sentence).Count),
            words == 0 ? 1 : valid / (double)words,
            why.Length > 0 ? 1 : 0,
            value.Qualifier == Qualifier.Exact ? 0 : 1,
            unit == MeasureUnit.Percent ? 1 : 0,
            unit == MeasureUnit.Vnd ? 1 : 0,
            value.Numerator is null ? 0 : 1,
            Math.Log(1 + Competitors(c, all, chosen)),
            c.Value < 3 && unit != MeasureUnit.Percent ? 1 : 0,
            ChangeInSentence(view, c) ? 1 : 0,
            c.Table is null && InAList(view, c.First.Sentence) ? 1 : 0,
            c.Table is null ? Math.Log(1 + Siblings(view, c.First, used, 2)) : 0,
            c.Value is >= 3 and < 10 && unit != MeasureUnit.Percent ? 1 : 0,
            c.Table is null ? Math.Log(1 + Siblings(view, c.First, used, 0)) : 0,
            c.Table is null && OtherBodies.Named(view, c.First.Sentence, c.First.Span.Start) ? 1 : 0,
            OfAnotherYear(view, c.First) ? 1 : 0,
        ]);
    }

    // The sentence is an item of a list joined by ";" ("Máy tính: Văn phòng 38 máy;" "các đơn vị 57 máy."): a value
    // read from one item may be one part of what the report counts.
    private static bool InAList(DocumentView view, int sentence) =>
        view.StatementStart(sentence) != sentence || view.Text[view.Sentences[sentence].End - 1] == ';';

    // How many figures near the value (its sentence and the <paramref name="around"/> on each side, no table rows) count
    // the same thing, by the head word of their noun ("88 máy vi tính …", "57 máy tính xách tay"), and no value claimed:
    // the other parts of a whole given in parts, or figures of other units, which the chosen value may be one of.
    private static int Siblings(DocumentView view, Measurement m, HashSet<Measurement> used, int around)
    {
        var head = HeadWord(m.OcrNounKey);
        if (head.Length == 0)
        {
            return 0;
        }

        var count = 0;
        var last = Math.Min(view.Sentences.Count - 1, m.Sentence + around);
        for (var s = Math.Max(0, m.Sentence - around); s <= last; s++)
        {
            if (view.IsTableRow(s))
            {
                continue;
            }

            foreach (var o in view.MeasurementsIn(s))
            {
                if (!ReferenceEquals(o, m) && o.Measure == m.Measure && !used.Contains(o) && !view.IsChange(o) &&
                    HeadWord(o.OcrNounKey).SequenceEqual(head))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static ReadOnlySpan<char> HeadWord(string noun)
    {
        var space = noun.IndexOf(' ');
        return space < 0 ? noun : noun.AsSpan(0, space);
    }

    // Other readings of the same indicator in the report that lost and name another value: candidates of its
    // indicator that were not chosen, share no number with a chosen value of it (the parts of a chosen sum), and differ
    // from every chosen value of it. Where the report gives a second figure for the same thing (a part, another
    // unit's figure, the whole the part belongs to), the chosen one is less sure. Distinct values, so one number found
    // by two rules counts once.
    private static int Competitors(Candidate c, List<Candidate> all, List<(Candidate Candidate, ValueKind Kind, int? Period, string Why)> chosen)
    {
        var mine = new List<Candidate>();
        foreach (var x in chosen)
        {
            if (x.Candidate.Indicator == c.Indicator)
            {
                mine.Add(x.Candidate);
            }
        }

        var values = new HashSet<decimal>();
        foreach (var o in all)
        {
            if (o.Indicator != c.Indicator || mine.Contains(o))
            {
                continue;
            }

            var separate = true;
            foreach (var m in mine)
            {
                if (SharesANumber(o, m) || Math.Abs(o.Value - m.Value) <= Math.Max(0.051m, 0.005m * Math.Abs(m.Value)))
                {
                    separate = false;
                    break;
                }
            }

            if (separate)
            {
                values.Add(o.Value);
            }
        }

        return values.Count;
    }

    // The year the number refers to in its sentence ("năm 2024 là 28 bộ", "Năm 2024, kinh phí … là 920 triệu đồng") is
    // another than the report's: a figure of another period that no rule left out.
    private static bool OfAnotherYear(DocumentView view, Measurement m)
    {
        var sentence = view.Sentences[m.Sentence];
        return view.ReportYear is { } report && Years.Near(view.Folded, sentence.Start, sentence.Start + sentence.Length, m.Span.Start) is { } year && year != report;
    }

    // A number of its sentence is a change ("tăng 12 …", "cấp mới 15 chứng thư, nâng tổng số lên 62"): the value
    // sits among figures of a change or comparison, where the level and the change are easily taken for each other.
    private static bool ChangeInSentence(DocumentView view, Candidate c)
    {
        foreach (var m in view.MeasurementsIn(c.First.Sentence))
        {
            if (view.IsChange(m))
            {
                return true;
            }
        }

        return false;
    }
}
