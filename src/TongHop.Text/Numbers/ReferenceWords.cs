using TongHop.Text.Normalization;

namespace TongHop.Text.Numbers;

/// <summary>
/// Words that make the number after them a reference, a date part or an ordinal, not a quantity:
/// "Đề án 06", "Nghị quyết số 57", "Điều 5", "khoản 2", "ngày 16", "lần thứ 1", "trang 3".
/// Words are matched with their diacritics ("thứ 2" is an ordinal, "số tiền thu 11.695.000" is not);
/// only words that stay unambiguous when folded are also matched folded, for OCR text.
/// </summary>
internal static class ReferenceWords
{
    private static readonly HashSet<string> DocumentTypes =
    [
        "nghị quyết", "quyết định", "kế hoạch", "công văn", "thông báo", "đề án", "chỉ thị", "thông tư",
        "nghị định", "báo cáo", "tờ trình", "giấy mời", "chương trình", "hướng dẫn", "văn bản", "thông tri",
        "kết luận", "quy định", "quy chế", "phụ lục", "biểu mẫu", "dự án", "hợp đồng", "điện thoại",
        "di động", "đường dây",
    ];

    private static readonly HashSet<string> SingleWords =
    [
        "luật", "điều", "khoản", "điểm", "mục", "chương", "phần", "tiết", "trang", "thứ", "lần", "khóa",
        "ngày", "tháng", "năm", "giờ", "phút", "quý", "đợt", "biểu", "mẫu", "phòng", "tổ", "số:",
        "nq", "qđ", "kh", "cv", "tb", "nđ", "ct", "tt", "hđ", "bc", "đt", "sđt", "tel", "fax", "hotline",
    ];

    // Words whose last syllable is a reference word but that are none: "ngân sách quốc phòng 980 triệu đồng" is the
    // defence budget, not room 980; "dự phòng 50 triệu đồng" a reserve.
    private static readonly HashSet<string> NotReferences = ["quoc phong", "du phong"];

    // Folded forms that no common word before a quantity shares.
    private static readonly HashSet<string> FoldSafe =
    [
        "nghi quyet", "quyet dinh", "ke hoach", "cong van", "thong bao", "chi thi", "thong tu", "nghi dinh",
        "to trinh", "giay moi", "chuong trinh", "huong dan", "phu luc", "dien thoai",
        "ngay", "thang", "dieu", "khoan", "chuong", "tiet",
    ];

    /// <summary>Whether the words before <paramref name="numberStart"/> make the number a reference.</summary>
    public static bool PrecedeReference(string text, int numberStart)
    {
        var one = Words.Before(text, numberStart, out var start);
        var two = Words.TwoBefore(text, numberStart);
        if (IsReference(one, SingleWords) && !NotReferences.Contains(VietnameseText.FoldLower(two)))
        {
            return true;
        }

        if (IsReference(two, DocumentTypes))
        {
            return !CountAfterAVerb(text, numberStart, two);
        }

        // "Nghị quyết số 57", "Kế hoạch số 02 của Ban chỉ đạo".
        return VietnameseText.FoldLower(one) == "so" && IsReference(Words.TwoBefore(text, start), DocumentTypes);
    }

    // Document types that are also verbs, written in small letters: "các tổ đã hướng dẫn 1.940 người dân", "đã báo cáo 12
    // vụ việc" count people and cases; "theo hướng dẫn 15 của Sở" and "Hướng dẫn 31/HD-…" stay references.
    private static readonly HashSet<string> Verbs = ["huong dan", "bao cao", "thong bao", "quy dinh"]; // folded, as IsReference compares

    // Folded too: a follower without marks ("huong dan 15 cua So") keeps the reference, the safer reading.
    private static readonly HashSet<string> ReferenceFollowers = ["cua", "ngay", "nam", "ve", "do", "va", "so", "da", "duoc", "tai"];

    private static bool CountAfterAVerb(string text, int numberStart, string two)
    {
        if (!Verbs.Contains(VietnameseText.FoldLower(two)))
        {
            return false;
        }

        Words.Before(text, numberStart, out var lastStart);
        Words.Before(text, lastStart, out var firstStart);
        if (!char.IsLower(text[firstStart]))
        {
            return false;
        }

        var end = numberStart;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            end++;
        }

        if (end >= text.Length || text[end] != ' ' || end + 1 >= text.Length || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        return !ReferenceFollowers.Contains(VietnameseText.FoldLower(Words.After(text, end)));
    }

    /// <summary>Whether the word after a number makes it a time ("14 giờ 00 phút").</summary>
    public static bool IsTimeWord(string word) => word is "giờ" or "gio" or "h" or "phút";

    private static bool IsReference(string words, HashSet<string> set) =>
        words.Length > 0 && (set.Contains(words) || FoldSafe.Contains(VietnameseText.FoldLower(words)));
}
