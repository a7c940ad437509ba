using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// The unit a table row is measured in, from its unit cell ("%", "triệu đồng", "chứng thư") or, without one, from
/// its label ("Tỷ lệ … (%)", "Kinh phí (triệu đồng)", "Số trạm BTS" counts "trạm"). Money carries the factor to
/// đồng; a count carries its noun, folded as OCR garbles it, for comparing with the catalog's unit words.
/// </summary>
internal readonly record struct RowUnit(Measure Measure, decimal Factor, string Noun)
{
    private static readonly string[] CountLeads = ["so luong", "tong so", "so"];

    public static RowUnit? FromCell(string text)
    {
        var words = ColumnWords.Words(text);
        if (text.Trim() == "%" || words is "ty le" or "ti le" or "phan tram" || (words.Length == 0 && text.Contains('%')))
        {
            return new RowUnit(Measure.Percent, 1, "");
        }

        if (words.Length == 0 || (words.Any(char.IsAsciiDigit) && words != "km2"))
        {
            return null;
        }

        return Money(words) ?? Area(words) ?? new RowUnit(Measure.Number, 1, OcrFold.Phrase(words));
    }

    /// <summary>The unit a label states: a last bracket "(%)", "(triệu đồng)", "(hộ)"; a share ("Tỷ lệ …"); or the
    /// noun a count label counts ("Số trạm phát sóng …" → "trạm phát sóng").</summary>
    public static RowUnit? FromLabel(string label)
    {
        var open = label.LastIndexOf('(');
        var close = label.LastIndexOf(')');
        if (open >= 0 && close > open && label.Length - close <= 2 && close - open <= 20 &&
            FromCell(label[(open + 1)..close]) is { } bracketed && (bracketed.Measure != Measure.Number || IsShortNoun(bracketed.Noun)))
        {
            return bracketed;
        }

        var words = ColumnWords.Words(label);
        if (words.StartsWith("ty le ", StringComparison.Ordinal) || words.StartsWith("ti le ", StringComparison.Ordinal) || label.Contains('%'))
        {
            return new RowUnit(Measure.Percent, 1, "");
        }

        foreach (var lead in CountLeads)
        {
            if (words.StartsWith(lead + " ", StringComparison.Ordinal))
            {
                return new RowUnit(Measure.Number, 1, OcrFold.Phrase(string.Join(' ', words[(lead.Length + 1)..].Split(' ').Take(4))));
            }
        }

        return null;
    }

    /// <summary>The noun a label begins with, after a count word ("Số", "Số lượng", "Tổng số"), as a count's unit
    /// ("Máy tính phục vụ dạy học" and "Số máy tính phục vụ công tác (máy)" count "máy tính…", "Lượt người tham gia …"
    /// counts "lượt người"): for a row whose unit cell or bracket shortens the noun ("máy", "đường") or names no unit
    /// word.</summary>
    public static RowUnit LeadingNoun(string label)
    {
        var words = ColumnWords.Words(label);
        foreach (var lead in CountLeads)
        {
            if (words.StartsWith(lead + " ", StringComparison.Ordinal))
            {
                words = words[(lead.Length + 1)..];
                break;
            }
        }

        return new(Measure.Number, 1, OcrFold.Phrase(string.Join(' ', words.Split(' ').Take(4))));
    }

    private static bool IsShortNoun(string noun) => noun.Length > 0 && noun.Count(c => c == ' ') < 3;

    private static readonly string[] MoneyWords = ["dong", "vnd", "vnđ", "trd", "d", "ty", "trieu", "tr", "nghin", "ngan"];

    // A money unit is money and scale words only ("triệu đồng", "đồng", "Tr.đ"); "cộng đồng có" is no money.
    private static RowUnit? Money(string words)
    {
        if (!words.Split(' ').All(MoneyWords.Contains))
        {
            return null;
        }

        bool Has(string w) => FoldedWords.Has(words, w);
        var money = Has("dong") || Has("vnd") || Has("trd") || Has("d") || Has("vnđ");
        if (Has("ty") && (money || words == "ty"))
        {
            return new RowUnit(Measure.Money, 1_000_000_000m, "");
        }

        if ((Has("trieu") || Has("tr")) && (money || words is "trieu" or "tr"))
        {
            return new RowUnit(Measure.Money, 1_000_000m, "");
        }

        if (Has("trd"))
        {
            return new RowUnit(Measure.Money, 1_000_000m, "");
        }

        if ((Has("nghin") || Has("ngan")) && money)
        {
            return new RowUnit(Measure.Money, 1_000m, "");
        }

        return money ? new RowUnit(Measure.Money, 1, "") : null;
    }

    private static RowUnit? Area(string words) => words switch
    {
        "km2" or "km" => new RowUnit(Measure.Area, 1, ""),
        "ha" or "hecta" => new RowUnit(Measure.Area, 0.01m, ""),
        _ => null,
    };
}
