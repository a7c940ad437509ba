using System.Text;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// Reads a column title ("Kế hoạch năm 2025", "Tỷ lệ so với KH (%)", "ĐVT") into a <see cref="ColumnRole"/> and
/// the year it names. Titles are compared folded and OCR-folded, word by word, so "Ke hoach", "KẾ HOẠCH" and
/// "Kế hoạch" read alike. Comparison words win over everything ("Thực hiện so với kế hoạch" compares), another
/// period next ("Thực hiện cùng kỳ"); where a title has both plan and result words, the first one says it
/// ("Kết quả thực hiện kế hoạch" is a result, "Kế hoạch thực hiện" a plan).
/// </summary>
internal static class ColumnWords
{
    private static readonly string[] IndexTitles = ["stt", "tt", "so tt", "so thu tu", "thu tu", "t t"];

    private static readonly string[] UnitWords = ["don vi tinh", "dvt", "don vi do"];

    private static readonly string[] CompareWords =
        ["so sanh", "so voi", "tang giam", "tang hoac giam", "chenh lech", "ty le dat", "ti le dat", "ty le hoan thanh",
         "ti le hoan thanh", "muc do hoan thanh", "dat so", "vuot", "tang truong"];

    // An earlier period, or the running total of the periods so far ("Lũy kế").
    private static readonly string[] OtherPeriodWords = [.. PeriodNames.Earlier, "luy ke"];

    private static readonly string[] TargetWords =
        ["ke hoach", "kh", "muc tieu", "du kien", "chi tieu giao", "giao", "phan dau", "du toan"];

    private static readonly string[] ActualWords =
        ["thuc hien", "ket qua", "dat duoc", "so lieu", "so luong", "gia tri", "th", "uoc thuc hien", "uoc th",
         "hien trang", "thuc te", "hien co", "tong so", "da chi", "giai ngan", "da giai ngan", "quyet toan", // money spent
         "uoc ca nam"]; // the year's estimate

    private static readonly string[] LabelWords =
        ["chi tieu", "noi dung", "ten chi tieu", "hang muc", "danh muc", "linh vuc", "nhiem vu", "tieu chi", "dien giai",
         "ten", "noi dung chi tieu", "ten don vi", "cong viec"];

    private static readonly string[] ShareWords = ["ty le", "ti le"];

    // A column that judges the row in words ("Đạt", "Vượt", "Chưa đạt"): read like a note, never as a value.
    private static readonly string[] AssessWords = ["danh gia", "xep loai", "tu danh gia", "ket luan"];

    /// <summary>The role of a column title, and a year written in it.</summary>
    public static (ColumnRole Role, int? Year) Read(string title)
    {
        var words = Words(title);
        var year = YearIn(words);
        if (words.Length == 0)
        {
            return (title.Contains('%') ? ColumnRole.Share : ColumnRole.Other, year);
        }

        if (IndexTitles.Contains(words))
        {
            return (ColumnRole.Index, year);
        }

        if (FoldedWords.Has(words, "ghi chu"))
        {
            return (ColumnRole.Note, year);
        }

        if (FoldedWords.HasAny(words, CompareWords) || (IsShareTitle(words) && (FoldedWords.Has(words, "kh") || FoldedWords.Has(words, "ke hoach"))))
        {
            return (ColumnRole.Compare, year);
        }

        if (FoldedWords.HasAny(words, OtherPeriodWords))
        {
            return (ColumnRole.OtherPeriod, year);
        }

        if (FoldedWords.HasAny(words, UnitWords) || words == "don vi" || IsUnitAbbreviation(title.Trim()))
        {
            return (ColumnRole.Unit, year);
        }

        var target = FirstAt(words, TargetWords);
        var actual = FirstAt(words, ActualWords);
        var assess = FirstAt(words, AssessWords);
        if (assess >= 0 && (target < 0 || assess < target) && (actual < 0 || assess < actual) && !title.Contains('%'))
        {
            return (ColumnRole.Note, year); // "Đánh giá": "Đạt", "Vượt", "Chưa đạt" in words
        }

        if (target >= 0 || actual >= 0)
        {
            return (target >= 0 && (actual < 0 || target < actual) ? ColumnRole.Target : ColumnRole.Actual, year);
        }

        if (IsShareTitle(words))
        {
            return (ColumnRole.Share, year);
        }

        if (FoldedWords.HasAny(words, LabelWords))
        {
            return (ColumnRole.Label, year);
        }

        // "Ban Giám hiệu | Khối phòng | Thư viện | Toàn trường": where the columns are the unit's parts, the one that names
        // the whole unit ("Toàn trường", "Toàn đơn vị") or adds them up ("Tổng cộng", "Cộng") holds its figures; the
        // parts' titles are read as nothing.
        if (NamesTheWhole(words))
        {
            return (ColumnRole.Actual, year);
        }

        // "Năm 2025", "Quý I/2026": a period alone is a column of values for that period.
        return year is not null || FoldedWords.Has(words, "quy") || FoldedWords.Has(words, "thang") ? (ColumnRole.Actual, year) : (ColumnRole.Other, year);
    }

    /// <summary>
    /// "Tháng 10 | Tháng 11 | Tháng 12 | Cộng quý IV": where result columns of single months stand beside one that adds
    /// them up (its title says "cộng", "tổng", "quý" or "cả"), the months are parts of the report's period and the sum is
    /// the value: the month columns are read as another period's.
    /// </summary>
    public static List<DataColumn> WithMonthsAsParts(List<DataColumn> columns, int? reportMonths = null)
    {
        columns = WithMonthsSoFarBesideTheYear(WithQuartersAsParts(columns), reportMonths);
        var months = columns.Where(c => c.Role == ColumnRole.Actual && PeriodNames.IsMonth(Words(c.Title))).ToList();
        if (months.Count < 2 || !columns.Any(c => c.Role == ColumnRole.Actual && !months.Contains(c) && AddsUp(Words(c.Title))))
        {
            return columns;
        }

        return [.. columns.Select(c => months.Contains(c) ? c with { Role = ColumnRole.OtherPeriod } : c)];
    }

    /// <summary>
    /// "Quý I | Quý II | Quý III | Lũy kế 9 tháng": result columns of the quarters from the first on, beside one cumulative
    /// column that adds them up (when it says its months, three a quarter), are parts of that cumulative, which is the
    /// report's period and the value: the quarters are read as another period's and the cumulative as the result. A table
    /// of one quarter beside its cumulative (`Quý III | Lũy kế 9 tháng`, a quarterly report) is left as it is: there the
    /// cumulative is another period's. OCR garbles a quarter's numeral ("Quý I | Quý II | Quý II" for I, II, III): side by
    /// side columns from the first quarter on are the quarters in order when the cumulative says it has their months.
    /// </summary>
    private static List<DataColumn> WithQuartersAsParts(List<DataColumn> columns)
    {
        var quarters = columns.Where(c => c.Role == ColumnRole.Actual && PeriodNames.Quarter(Words(c.Title)) is not null).ToList();
        if (quarters.Count < 2)
        {
            return columns;
        }

        var numbers = quarters.Select(c => PeriodNames.Quarter(Words(c.Title))!.Value).ToList();
        var garbled = !numbers.SequenceEqual(Enumerable.Range(1, quarters.Count));
        if (garbled && (numbers[0] != 1 || quarters.Zip(quarters.Skip(1)).Any(p => p.Second.Index != p.First.Index + 1)))
        {
            return columns;
        }

        var sums = columns.Where(c => c.Role == ColumnRole.OtherPeriod && SumsMonths(Words(c.Title), 3 * quarters.Count) &&
                                      (!garbled || Words(c.Title).Contains("thang", StringComparison.Ordinal))).ToList();
        if (sums.Count != 1 || sums[0].Index < quarters[^1].Index)
        {
            return columns;
        }

        return [.. columns.Select(c => quarters.Contains(c) ? c with { Role = ColumnRole.OtherPeriod }
            : c == sums[0] ? c with { Role = ColumnRole.Actual } : c)];
    }

    /// <summary>
    /// "Thực hiện 11 tháng | Ước thực hiện năm 2025", "Thực hiện 10 tháng | Ước cả năm": a result of the months so far
    /// beside a later column that estimates the whole year is a part of the year; the year's estimate is the value, so
    /// the months' column is read as another period's. Only where the year's column comes after the months' and says it
    /// estimates ("ước") or covers the whole year ("cả năm"): "Thực hiện năm 2024 | Thực hiện 9 tháng năm 2025" keeps
    /// its months. In a report of those months (its title says "6 tháng đầu năm 2025" and the column "Thực hiện 6
    /// tháng") the months are the report's own period and stay the value; the year's estimate is then a look ahead. A
    /// report of the whole year, of other months, or whose title names no period sets them aside.
    /// </summary>
    private static List<DataColumn> WithMonthsSoFarBesideTheYear(List<DataColumn> columns, int? reportMonths)
    {
        var soFar = columns.Where(c => c.Role == ColumnRole.Actual && CountsMonths(Words(c.Title)) is not null).ToList();
        if (soFar.Count != 1 || (reportMonths is { } months && months == CountsMonths(Words(soFar[0].Title))) ||
            !columns.Any(c => c.Role == ColumnRole.Actual && c.Index > soFar[0].Index && EstimatesTheYear(Words(c.Title))))
        {
            return columns;
        }

        return [.. columns.Select(c => c == soFar[0] ? c with { Role = ColumnRole.OtherPeriod } : c)];
    }

    // "11 tháng", "9 tháng đầu năm": a number of months short of the year, that number.
    private static int? CountsMonths(string words)
    {
        var w = words.Split(' ');
        var i = Array.IndexOf(w, "thang");
        return i > 0 && int.TryParse(w[i - 1], out var n) && n is >= 2 and <= 11 ? n : null;
    }

    // "Ước thực hiện năm 2025", "Ước cả năm", "Cả năm 2025": the whole year, estimated or stated whole, no months.
    private static bool EstimatesTheYear(string words) =>
        !FoldedWords.Has(words, "thang") &&
        (FoldedWords.Has(words, "ca nam") || (FoldedWords.Has(words, "uoc") && FoldedWords.Has(words, "nam")));

    // "lũy kế", "lũy kế 9 tháng", "lũy kế 9 tháng năm 2025": a cumulative column, of the given months when it says them.
    private static bool SumsMonths(string words, int months)
    {
        if (!FoldedWords.Has(words, "luy ke"))
        {
            return false;
        }

        var w = words.Split(' ');
        var i = Array.IndexOf(w, "thang");
        return i < 0 || (i > 0 && int.TryParse(w[i - 1], out var n) && n == months);
    }

    private static bool NamesTheWhole(string words) =>
        words is "cong" or "tong" or "tong cong" or "cong chung" || WholeUnitWords.Opens(words);

    private static bool AddsUp(string words) =>
        FoldedWords.HasAny(words, ["cong", "tong", "tong cong", "ca nam", "ca quy"]) || words.StartsWith("quy ", StringComparison.Ordinal);

    /// <summary>A title that names only a period ("Năm 2025", "Quý III/2025", "6 tháng"): the titles under it say
    /// plan or result.</summary>
    public static bool IsPeriodOnly(string title)
    {
        var words = Words(title);
        return PeriodNames.IsPeriodOnly(words, YearIn(words) is not null);
    }

    /// <summary>"ĐVT" as English OCR prints its Đ: "DVT", "PVT", "BVT", "DPVT", "DBVT".</summary>
    public static bool IsUnitAbbreviation(string word) =>
        word.Length is >= 3 and <= 4 && word.EndsWith("VT", StringComparison.Ordinal) && word[..^2] is "Đ" or "D" or "P" or "B" or "DP" or "DB" or "ĐP";

    /// <summary>Whether a title names any role at all (a header row has at least one).</summary>
    public static bool IsKnown(string title) => Read(title).Role != ColumnRole.Other;

    /// <summary>The folded, OCR-folded words of a title, joined by single spaces ("Kế hoạch (%)" → "ke hoach").</summary>
    public static string Words(string title)
    {
        // Read for every table line and label and for each word of a line without separators: one builder, no iterator or
        // projection, and none at all for a title of one word (a line's token).
        var folded = VietnameseText.FoldLower(title);
        if (IsOneWord(folded))
        {
            return OcrFold.NeedsMapping(folded) && !CalendarYear.Is(folded) && !IsRoman(folded) ? OcrFold.Word(folded) : folded;
        }

        var builder = new StringBuilder(folded.Length);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && CatalogWords.IsWordChar(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var w = folded[start..i];
                builder.Append(builder.Length > 0 ? " " : "").Append(OcrFold.NeedsMapping(w) && !CalendarYear.Is(w) && !IsRoman(w) ? OcrFold.Word(w) : w);
                start = -1;
            }
        }

        return builder.ToString();
    }

    private static bool IsShareTitle(string words) => FoldedWords.HasAny(words, ShareWords);

    private static int FirstAt(string words, string[] phrases)
    {
        var first = -1;
        foreach (var w in phrases)
        {
            var at = FoldedWords.IndexOf(words, w);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    private static int? YearIn(string words)
    {
        foreach (var w in words.Split(' '))
        {
            if (CalendarYear.Is(w))
            {
                return int.Parse(w, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    // "iii" of "Quý III/2025" is a numeral, not English OCR's "ii" for ư (no Vietnamese word is only i, v and x).
    private static bool IsOneWord(string folded)
    {
        foreach (var c in folded)
        {
            if (!CatalogWords.IsWordChar(c))
            {
                return false;
            }
        }

        return folded.Length > 0;
    }

    private static bool IsRoman(string w) => w.Length <= 4 && w.All(c => c is 'i' or 'v' or 'x');

}
