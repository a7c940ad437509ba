using TongHop.Core;

namespace TongHop.Text.Numbers;

/// <summary>
/// Reads numbers written in words before a noun: "ba mươi tư thôn" (34), "mười chín thôn" (19), "mười lăm tổ" (15),
/// "hai trăm linh năm hộ" (205), "hai nghìn ba trăm người" (2.300). Words are read with their diacritics ("mười" is
/// ten, "mươi" tens), lower case only (a capital "Ba Vì", "Hai Bà Trưng" is a name). A lone "một", "năm", "tư",
/// "mốt" or "lăm" is not read ("một số", "năm 2025") except "một" before a word for one staff member ("một công chức"), nor a number after an ordinal or date word ("lần thứ ba",
/// "tháng mười"), after "hàng" ("hàng trăm"), or before "phần" ("một phần ba"). A number needs a noun after it; before
/// "đồng", "triệu đồng" or "tỷ đồng" it is money ("chín mươi sáu triệu đồng").
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["một"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["năm"] = 5, ["sáu"] = 6, ["bảy"] = 7, ["bẩy"] = 7, ["tám"] = 8, ["chín"] = 9,
    };

    // Units after "mươi"/"mười": "hai mươi mốt", "ba mươi tư", "mười lăm", "hai mươi nhăm".
    private static readonly Dictionary<string, int> TrailingUnits = new(StringComparer.Ordinal)
    {
        ["mốt"] = 1, ["tư"] = 4, ["lăm"] = 5, ["nhăm"] = 5,
    };

    private static readonly HashSet<string> AloneNotANumber = ["một", "năm", "tư", "mốt", "lăm", "nhăm", "mươi"];

    private static readonly HashSet<string> NotAfter =
        ["thứ", "lần", "khóa", "khoá", "tháng", "ngày", "năm", "quý", "hàng", "số", "phần", "mục", "điều", "khoản", "chương", "tập", "kỳ", "đợt"];

    // "mươi" at the start is "mười" as OCR repair sometimes leaves it ("mươi chín thôn").
    private static readonly HashSet<string> Starts = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartLookup = Starts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the numbers in words of <paramref name="text"/> to <paramref name="found"/> (unsorted).</summary>
    public static void Scan(string text, int limit, List<Quantity> found)
    {
        var i = 0;
        while (i < limit)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            var end = WordEnd(text, i);
            var opening = OpensASentence(text, i, end);
            if ((text[i] is not ('m' or 'h' or 'b' or 'n' or 's' or 't' or 'c') && !opening) ||
                !StartLookup.Contains(opening ? text.AsSpan(i, end - i).ToString().ToLowerInvariant() : text.AsSpan(i, end - i)) ||
                NotAfter.Contains(Words.Before(text, i)))
            {
                i = end;
                continue;
            }

            var words = new List<(string Word, int End)>();
            var cursor = i;
            while (words.Count < 8 && cursor < limit && char.IsLetter(text[cursor]))
            {
                var (w, e) = WordAt(text, cursor);
                words.Add((words.Count == 0 && opening ? w.ToLowerInvariant() : w, e));
                cursor = SkipSpace(text, e);
            }

            var (value, used) = Parse([.. words.Select(w => w.Word)]);
            if (used == 0 || (used == 1 && AloneNotANumber.Contains(words[0].Word) && !OnePerson(text, i, words)))
            {
                i = end;
                continue;
            }

            var numberEnd = words[used - 1].End;
            if (Money(text, i, numberEnd, value) is { } money)
            {
                found.Add(money);
                i = money.Span.End;
                continue;
            }

            var next = used < words.Count ? words[used].Word : "";
            var noun = NounPhrase.Read(text, numberEnd, out _);
            if (next is "phần" || noun.Length == 0)
            {
                i = numberEnd;
                continue;
            }

            found.Add(new Quantity(value, Measure.Number, QualifierWords.Before(text, i), new TextSpan(i, numberEnd), noun));
            i = numberEnd;
        }
    }

    // "một công chức được giao theo dõi chuyển đổi số": a lone "một" before a word for one member of the staff is one
    // person; "một số công chức", "một bộ phận cán bộ" stay unread, and so does one for each of many (a "mỗi", "từng" or
    // "các" up to four words back in the clause: "mỗi xã có một công chức …", "các xã đều có một cán bộ …"): that is no
    // count of the unit's staff.
    private static bool OnePerson(string text, int start, List<(string Word, int End)> words)
    {
        if (words[0].Word != "một" || words.Count <= 2 || !PersonNouns.Contains(words[1].Word + " " + words[2].Word))
        {
            return false;
        }

        // Up to four words back in the clause: "mỗi xã có một", "các xã đều có một".
        var at = start;
        for (var k = 0; k < 4; k++)
        {
            var word = Words.Before(text, at, out at);
            if (word.Length == 0)
            {
                break;
            }

            if (EachWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> EachWords = ["mỗi", "từng", "các"];

    private static readonly HashSet<string> PersonNouns = ["công chức", "viên chức", "cán bộ", "chuyên viên", "đồng chí", "sĩ quan", "giáo viên", "nhân viên"];

    // "chín mươi sáu triệu đồng", "hai tỷ đồng": an amount in words is money, in đồng, as its digits would be.
    private static Quantity? Money(string text, int start, int numberEnd, decimal value)
    {
        var (measure, factor, unitEnd) = UnitWords.Read(text, numberEnd);
        return measure == Measure.Money
            ? new Quantity(value * factor, Measure.Money, QualifierWords.Before(text, start), new TextSpan(start, unitEnd), NounPhrase.Read(text, unitEnd, out _))
            : null;
    }

    /// <summary>The value of the number words at the start of <paramref name="words"/>, and how many it used (0: none).</summary>
    public static (decimal Value, int Used) Parse(IReadOnlyList<string> words)
    {
        var (high, i) = BelowThousand(words, 0);
        if (i == 0)
        {
            return (0, 0);
        }

        // "một tỷ ba trăm năm mươi triệu (đồng)": billions, then what follows them in words (not "tỷ lệ", a ratio).
        if (At(words, i) is "tỷ" or "tỉ" && At(words, i + 1) != "lệ")
        {
            var (rest, used) = Parse([.. words.Skip(i + 1)]);
            return used > 0 ? (high * 1_000_000_000m + rest, i + 1 + used) : (high * 1_000_000_000m, i + 1);
        }

        var factor = i < words.Count ? words[i] switch { "nghìn" or "ngàn" => 1_000m, "triệu" => 1_000_000m, _ => 0m } : 0m;
        if (factor == 0)
        {
            return (high, i);
        }

        var (low, j) = BelowThousand(words, i + 1);
        return (high * factor + (j > i + 1 ? low : 0), j > i + 1 ? j : i + 1);
    }

    // "[d trăm] [linh d | mười [d] | d mươi [d] | d]".
    private static (decimal Value, int Next) BelowThousand(IReadOnlyList<string> w, int i)
    {
        var start = i;
        decimal value = 0;
        if (Digit(w, i) is { } h && At(w, i + 1) == "trăm")
        {
            value = h * 100;
            i += 2;
            if (At(w, i) is "linh" or "lẻ" && Digit(w, i + 1) is { } u)
            {
                return (value + u, i + 2);
            }
        }

        if (At(w, i) == "mười" || (i == start && At(w, i) == "mươi"))
        {
            value += 10;
            i++;
            if ((Digit(w, i) ?? Trailing(w, i)) is { } u && At(w, i) != "mốt")
            {
                value += u;
                i++;
            }
        }
        else if (Digit(w, i) is { } t && At(w, i + 1) == "mươi")
        {
            value += t * 10;
            i += 2;
            if ((Trailing(w, i) ?? Digit(w, i)) is { } u && At(w, i) != "năm")
            {
                value += u;
                i++;
            }
        }
        else if (i == start && Digit(w, i) is { } d)
        {
            value = d;
            i++;
        }

        return (value, i);
    }

    private static string? At(IReadOnlyList<string> w, int i) => i < w.Count ? w[i] : null;

    private static int? Digit(IReadOnlyList<string> w, int i) => i < w.Count && Digits.TryGetValue(w[i], out var d) ? d : null;

    private static int? Trailing(IReadOnlyList<string> w, int i) => i < w.Count && TrailingUnits.TryGetValue(w[i], out var d) ? d : null;

    // "Hai công chức của Văn phòng được phân công …", "- Ba đường truyền …": a number word with a capital that opens a line, an
    // item or a sentence, followed by a word in small letters (not a name: "Hai Bà Trưng", "Ba Vì").
    private static bool OpensASentence(string text, int start, int end)
    {
        // Run on every word of a document: the cheap tests first (the capitals a number word can open with: Một, Mười,
        // Hai, Ba, Bốn, Bảy, Năm, Sáu, Tám, Chín).
        if (text[start] is not ('M' or 'H' or 'B' or 'N' or 'S' or 'T' or 'C') || end - start < 2 ||
            text.AsSpan(start + 1, end - start - 1).ContainsAnyExcept(LowerLetters))
        {
            return false;
        }

        var next = SkipSpace(text, end);
        if (next == end || next >= text.Length || !char.IsLower(text[next]))
        {
            return false;
        }

        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        return before < 0 || text[before] is '\n' or '.' or '-' or '+' or ':' or ';' or '•';
    }

    // The small letters a number word's tail may hold (with every mark), for a test without a copy of the word.
    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x1F00).Select(c => (char)c).Where(char.IsLower)));

    private static (string Word, int End) WordAt(string text, int start)
    {
        var end = WordEnd(text, start);
        return (text[start..end], end);
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    // One space or one line break between the words of a number ("ba mươi\ntư thôn"), nothing else.
    private static int SkipSpace(string text, int position)
    {
        var i = position;
        while (i < text.Length && i - position < 2 && text[i] is ' ' or '\n' or '\r')
        {
            i++;
        }

        return i;
    }
}
