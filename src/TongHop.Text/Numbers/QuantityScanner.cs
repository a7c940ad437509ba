using System.Runtime.CompilerServices;
using TongHop.Core;
using TongHop.Core.Extraction;

namespace TongHop.Text.Numbers;

/// <summary>
/// Finds the quantities of a report text in one left-to-right pass, and leaves out numbers that are not
/// quantities: years ("năm 2025"), dates ("29/4/2025", "ngày 18/72025"), document numbers ("359-KH/TU",
/// "Đề án 06", "Nghị quyết số 57"), clause references ("Điều 5", "khoản 2"), ordinals ("lần thứ 1"),
/// times, phone numbers, page numbers and section numbers ("1.", "2.1."), and numbers glued to letters
/// ("4G", "nq57"). Numbers written in words before a noun ("ba mươi tư thôn") are read by <see cref="NumberWords"/>.
/// Linear in the text; text beyond <see cref="MaxTextLength"/> is not scanned.
/// Never throws.
/// </summary>
public static class QuantityScanner
{
    public const int MaxTextLength = 2_000_000;

    // The indicator reader and the checks both read a document's quantities: one scan per text instance, kept while the
    // text lives (see SentenceSplitter.Split).
    private static readonly ConditionalWeakTable<string, Quantity[]> Scans = [];

    /// <summary>The quantities of <paramref name="text"/>, in text order; one scan per text instance, shared by every caller.</summary>
    public static IReadOnlyList<Quantity> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scans.GetValue(text, ScanOnce);
    }

    private static Quantity[] ScanOnce(string text)
    {
        var found = new List<Quantity>();
        var limit = Math.Min(text.Length, MaxTextLength);
        var i = 0;
        while (i < limit)
        {
            i = char.IsAsciiDigit(text[i]) ? ReadAt(text, i, found) : i + 1;
        }

        var inDigits = found.Count;
        NumberWords.Scan(text, limit, found);
        if (found.Count > inDigits)
        {
            found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return [.. found];
    }

    // Reads the number starting at `start`, adds it to `found` if it is a quantity, returns where to go on.
    private static int ReadAt(string text, int start, List<Quantity> found)
    {
        var phoneEnd = PhoneNumber.EndAt(text, start);
        if (phoneEnd > 0)
        {
            return phoneEnd;
        }

        var runEnd = NumberRun.End(text, start);
        if (IsGlued(text, start) || GluedAfter(text, runEnd))
        {
            return NumberRun.TokenEnd(text, runEnd);
        }

        if (IsSlash(text, runEnd))
        {
            return FractionReader.Read(text, start, runEnd, found);
        }

        if ((RangeEnd(text, runEnd) ?? WordRangeEnd(text, start, runEnd)) is { } second && ReadRange(text, start, runEnd, second, found) is { } next)
        {
            return next;
        }

        if (IsCodeOrRange(text, runEnd) || SectionOrPage.IsAt(text, start, runEnd))
        {
            return NumberRun.TokenEnd(text, runEnd);
        }

        return ReadPlain(text, start, runEnd, found);
    }

    private static int ReadPlain(string text, int start, int runEnd, List<Quantity> found)
    {
        var run = text.AsSpan(start, runEnd - start);
        var (measure, factor, unitEnd) = UnitWords.Read(text, runEnd);
        var parsed = measure == Measure.Percent
            ? VietnameseNumber.TryParsePercent(run, out var value)
            : VietnameseNumber.TryParse(run, out value);
        if (!parsed || IsNotQuantity(text, start, runEnd, measure))
        {
            return Math.Max(unitEnd, runEnd);
        }

        if (measure == Measure.Number && factor >= 1_000_000m && CompoundTail(text, unitEnd, factor) is { } tail)
        {
            // "1 tỷ 250 triệu đồng": one amount written in two scales, not 1 tỷ and then 250 triệu.
            value = (value * factor) + tail.Value;
            (measure, factor, unitEnd) = (tail.Measure, 1m, tail.End);
        }

        var noun = NounPhrase.Read(text, unitEnd, out var nounEnd);
        if (measure == Measure.Number && IsYear(run, value, noun))
        {
            return runEnd;
        }

        if (measure == Measure.Number && FractionReader.TryReadOfTotal(text, start, value, noun, nounEnd, found, out var next))
        {
            return next;
        }

        var qualifier = QualifierWords.Before(text, start);
        found.Add(new Quantity(value * factor, measure, qualifier, new TextSpan(start, unitEnd), noun));
        return unitEnd;
    }

    // The rest of an amount written in two scales, right after the first scale word: "1 tỷ | 250 triệu đồng", "3 triệu
    // | 500 nghìn đồng". The second part is a whole number under a thousand with a smaller scale word; its money word
    // (if any) is the whole amount's.
    private static (decimal Value, Measure Measure, int End)? CompoundTail(string text, int scaleEnd, decimal factor)
    {
        var at = scaleEnd;
        if (at >= text.Length || text[at] != ' ')
        {
            return null;
        }

        at++;
        if (at >= text.Length || !char.IsAsciiDigit(text[at]))
        {
            return null;
        }

        var end = NumberRun.End(text, at);
        var run = text.AsSpan(at, end - at);
        if (!NumberRun.IsPlain(run) || run.Length > 3 || !VietnameseNumber.TryParse(run, out var part) || part >= 1000 ||
            IsSlash(text, end) || GluedAfter(text, end))
        {
            return null;
        }

        var (measure, smaller, unitEnd) = UnitWords.Read(text, end);
        return measure is Measure.Money or Measure.Number && smaller is >= 1_000m && smaller < factor && unitEnd > end
            ? (part * smaller, measure, unitEnd)
            : null;
    }

    private static bool IsNotQuantity(string text, int start, int runEnd, Measure measure)
    {
        var run = text.AsSpan(start, runEnd - start);
        if (ReferenceWords.PrecedeReference(text, start))
        {
            return true;
        }

        // "0255 3822 117" and "0914.123.456" are phone numbers; counts have at most one leading zero digit.
        if (measure == Measure.Number && run.Length >= 4 && run[0] == '0' && NumberRun.IsPlain(run))
        {
            return true;
        }

        var nextWord = Words.After(text, runEnd);
        return ReferenceWords.IsTimeWord(nextWord) || Words.Before(text, start) == "giờ";
    }

    // A plain four-digit number in the calendar range is a year unless a noun follows ("1980 người").
    private static bool IsYear(ReadOnlySpan<char> run, decimal value, string noun) =>
        CalendarYear.TryParse(run, out var year) && year == value && noun.Length == 0;

    // "nq57", "Covid-19", "/4" (a date part whose day was lost), "x2".
    private static bool IsGlued(string text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var before = text[start - 1];
        return char.IsLetter(before) || before is '/' or '\\' or '_' or '@' or '$' or '&' ||
               (before == '-' && start >= 2 && char.IsLetterOrDigit(text[start - 2]));
    }

    // "4G", "3D", "14h30"; a money "đ" glued to the number is a unit, not a glued letter. English OCR
    // writes letters as symbols glued to digits ("Tỷ lệ" → "Ty 1¢", "số" → "s6"): those are not numbers.
    private static bool GluedAfter(string text, int runEnd) =>
        runEnd < text.Length && ((char.IsLetter(text[runEnd]) && text[runEnd] is not ('đ' or 'Đ')) || IsOcrSymbol(text[runEnd]));

    private static bool IsOcrSymbol(char c) => c is '¢' or '€' or '&' or '£' or '¥' or '§' or '©' or '®' or '$' or '@';

    private static bool IsSlash(string text, int runEnd) => runEnd < text.Length && text[runEnd] == '/';

    // "85-90%", "3 - 4 trạm": where the second number of a range starts, or null.
    private static int? RangeEnd(string text, int runEnd)
    {
        var i = runEnd;
        while (i < text.Length && i - runEnd < 2 && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('-' or '–'))
        {
            return null;
        }

        i++;
        while (i < text.Length && i - runEnd < 5 && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(text[i]) ? i : null;
    }

    // "từ 80 đến 85%", "từ 3 tới 4 trạm": a range in words, only after "từ" (without it, "… 12 đến 15 …" is too often
    // two figures of their own).
    private static int? WordRangeEnd(string text, int start, int runEnd)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before < 1 || before == start - 1 || !(text[before] is 'ừ' or 'Ừ') || !(text[before - 1] is 't' or 'T') ||
            (before >= 2 && char.IsLetter(text[before - 2])))
        {
            return null;
        }

        foreach (var word in (ReadOnlySpan<string>)[" đến ", " tới "])
        {
            if (string.CompareOrdinal(text, runEnd, word, 0, word.Length) == 0 && runEnd + word.Length < text.Length &&
                char.IsAsciiDigit(text[runEnd + word.Length]))
            {
                return runEnd + word.Length;
            }
        }

        return null;
    }

    // A range of two numbers with one unit, "85-90%", "từ 3-4 trạm", "2 – 3 tỷ đồng": its lower bound, as "more than"
    // (the reports' "từ 85-90%" is a target of at least 85%). Not a range of years ("2021-2025"), a document number
    // ("57-90/QĐ"), or a decreasing pair. Returns where scanning goes on, or null when it is no such range.
    private static int? ReadRange(string text, int start, int runEnd, int second, List<Quantity> found)
    {
        var secondEnd = NumberRun.End(text, second);
        if (secondEnd < text.Length && (char.IsLetter(text[secondEnd]) || text[secondEnd] is '/' or '-'))
        {
            return null;
        }

        var (measure, factor, unitEnd) = UnitWords.Read(text, secondEnd);
        var first = text.AsSpan(start, runEnd - start);
        var last = text.AsSpan(second, secondEnd - second);
        if (!Parse(first, measure, out var low) || !Parse(last, measure, out var high) || high <= low || ReferenceWords.PrecedeReference(text, start) ||
            (IsYear(first, low, "") && IsYear(last, high, "")))
        {
            return null;
        }

        var noun = NounPhrase.Read(text, unitEnd, out _);
        found.Add(new Quantity(low * factor, measure, Qualifier.GreaterThan, new TextSpan(start, unitEnd), noun));
        return unitEnd;
    }

    private static bool Parse(ReadOnlySpan<char> run, Measure measure, out decimal value) =>
        measure == Measure.Percent ? VietnameseNumber.TryParsePercent(run, out value) : VietnameseNumber.TryParse(run, out value);

    // "57-NQ/TW", "57 -NQ/TW", "57- NQ/TW" are document numbers; "2021-2025" is a range of years.
    private static bool IsCodeOrRange(string text, int runEnd)
    {
        var i = runEnd < text.Length && text[runEnd] == ' ' ? runEnd + 1 : runEnd;
        if (i >= text.Length || text[i] is not ('-' or '–'))
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && (char.IsUpper(text[i]) || (char.IsAsciiDigit(text[i]) && text[runEnd] != ' '));
    }
}
