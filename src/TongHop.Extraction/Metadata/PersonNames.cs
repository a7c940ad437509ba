using System.Text.RegularExpressions;
using TongHop.Parsing;
using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Recognises a signer's name line: 2–5 capitalised words ("Trần Văn Bình", "Sùng A Páo", "NGUYỄN VĂN AN"), after
/// a rank or degree that is not part of the name ("Thượng tướng", "Đại tá", "TS.", "PGS.TS.", "BSCKII."), and
/// not a heading ("Chương III", "Phụ lục I") or a body's name.
/// </summary>
public static class PersonNames
{
    // Military and police ranks, degrees and honorific titles written before a signer's name; one ending in a dot may
    // be followed by the next with no space ("TS.BS. Ma Thị …").
    private static readonly Regex Rank = Patterns.Create(
        @"^((dai|thuong|trung|thieu)[ \t]+(tuong|ta|uy)|p?gs\.?[ \t]*(tskh|ts)\.?|tskh\.|ts\.|ths\.|bs\.?[ \t]*ck[ \t]*(ii|i|1|2)\.?|bsck(ii|i|1|2)?\.|bs\.|ds\.|ks\.|ls\.|" +
        @"(tien|thac|bac|ky|duoc)[ \t]+(si|su)|luat[ \t]+su|nha[ \t]+giao[ \t]+(uu[ \t]+tu|nhan[ \t]+dan)|ngut\.?|nsut\.?|nsnd\.?|luong[ \t]+y)([ \t]+|(?<=\.)(?=\p{L}))");

    // First words (lower case, with their marks: "Phần" is no "Phan", "Đảng" no "Đặng") of lines that look like names
    // but are headings, labels or bodies. "Danh" is not among them: it is a Khmer family name ("Danh Thị …"), and a
    // list's heading in capitals ("DANH SÁCH …") is refused anyway (its first word is no family name of the list below).
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "chương", "phụ", "mục", "điều", "biểu", "mẫu", "phần", "báo", "kế", "quyết", "nơi", "số", "ngày", "thông", "nghị",
        "luật", "cộng", "độc", "ủy", "đảng", "bộ", "trường", "phòng", "văn", "sở", "tổng", "chi", "kính", "lãnh", "căn",
        "ghi", "ký", "đã", "tỉnh", "xã", "huyện", "phường", "thành", "hội", "ngân", "công", "bệnh", "trung",
        "viện", "cục", "vụ", "ban", "tm", "kt", "tl", "tuq", "chủ", "giám", "phó", "thủ", "thứ", "bí", "hiệu", "chánh",
    };

    // Family names, to tell a name written in capitals ("NGUYỄN VĂN AN") from a title's continuation or seal text
    // ("THƯỜNG TRỰC"). A name in mixed case needs none of them (ethnic minority names vary too much).
    private static readonly HashSet<string> FamilyNames = new(StringComparer.Ordinal)
    {
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý",
        "đào", "đoàn", "vương", "trịnh", "trương", "đinh", "lâm", "phùng", "mai", "tô", "hà", "tạ", "cao", "lương", "lưu",
        "quách", "chu", "tăng", "lại", "la", "kiều", "thái", "triệu", "khúc", "từ", "đàm", "giáp", "hứa", "kim", "lục", "mạc",
        "nông", "ông", "quan", "thân", "tống", "vi", "vy", "diệp", "doãn", "khổng", "lò", "lường", "sầm", "bế", "ma", "giàng",
        "sùng", "vàng", "thào", "mùa", "lầu", "hờ", "ksor", "rơ", "nay", "siu", "rah", "bạch", "cù", "âu", "bàn", "chế",
        "cung", "dư", "đồng", "đường", "hầu", "hàn", "kha", "khương", "khuất", "lã", "lạc", "lèo", "lộc", "mẫn", "ninh",
        "nghiêm", "nhữ", "phí", "phương", "quản", "tiêu", "tôn", "trình", "ưng", "y", "quàng", "tẩn", "lù", "chảo", "vừ",
        "tráng", "hạng", "cứ", "lèng", "sần", "ka",
    };

    /// <summary>The family names this reader knows (lower case, NFC), minority ones included.</summary>
    public static IReadOnlyCollection<string> FamilySyllables => FamilyNames;

    /// <summary>The name a line gives (rank and degree dropped, name case), or <c>null</c> when the line is no name.</summary>
    public static string? Read(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('-') || text.StartsWith('+') || text.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        for (var ranks = 0; ranks < 3; ranks++) // "ThS. BS. Trần Đình Khải": a degree and a profession, one after the other
        {
            var rank = Rank.Match(VietnameseText.FoldLower(text));
            if (!rank.Success)
            {
                break;
            }

            text = text[rank.Length..];
        }

        var words = text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var illegible = false;
        while (words.Count > 0 && !words[0].Any(char.IsLetter))
        {
            words.RemoveAt(0); // an illegible leading token: "0 Minh Chính", "| Nguyễn Văn An"
            illegible = true;
        }

        if (illegible && words.Count > 0 && !FamilyNames.Contains(VietnameseText.Nfc(words[0]).ToLowerInvariant()))
        {
            return null; // the family name itself was lost: "Minh Chính" would be a wrong name (LostFamilyName says so)
        }

        if (words.Count is < 2 or > 5 || !words.All(IsNameWord) || words.Any(IsRoman) ||
            NotNames.Contains(VietnameseText.Nfc(words[0]).ToLowerInvariant()) || SignatureTitles.Find(text) is not null)
        {
            return null;
        }

        if (words.All(w => !w.Any(char.IsLower)) && !FamilyNames.Contains(VietnameseText.Nfc(words[0]).ToLowerInvariant()))
        {
            return null;
        }

        return IssuerNames.NameCase(string.Join(' ', words));
    }

    /// <summary>Whether the line is a name whose family name OCR could not read ("0 Minh Chính"): the signer is then
    /// left unread (a gap the reviewer fills), never given without it.</summary>
    public static bool LostFamilyName(string line)
    {
        var words = line.Trim().Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var lead = words.TakeWhile(w => !w.Any(char.IsLetter)).Count();
        var rest = words[lead..];
        return lead > 0 && rest.Length is >= 1 and <= 4 && rest.All(IsNameWord) && rest.Any(w => w.Any(char.IsLower)) &&
               !FamilyNames.Contains(VietnameseText.Nfc(rest[0]).ToLowerInvariant()) &&
               !NotNames.Contains(VietnameseText.Nfc(rest[0]).ToLowerInvariant());
    }

    /// <summary>
    /// The name at the end of a run of words, where OCR ran a recipient item and the signature column together and
    /// the item goes on below ("… các Ban của Nguyễn Hoàng Long" / "Đảng;"): the last two to four capitalised words,
    /// after a word in small letters, the first a family name (marks aside: repair may have read Nguyên for Nguyễn),
    /// and not a place ("… Ủy ban nhân dân tỉnh Cao Bằng": a unit of the official list, or after a level word).
    /// </summary>
    public static string? TrailingName(string text)
    {
        var words = text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var run = 0;
        while (run < words.Length && IsNameWord(words[^(run + 1)]))
        {
            run++;
        }

        if (run is < 2 or > 4 || run == words.Length || !char.IsLower(words[^(run + 1)][0]))
        {
            return null;
        }

        var name = string.Join(' ', words[^run..]);
        var before = string.Join(' ', words[..^run]);
        if (!FoldedFamilyNames.Contains(VietnameseText.FoldLower(words[^run])) || LevelWordAtEnd(before) ||
            AdministrativeUnits.Official.Named(name).Count > 0)
        {
            return null;
        }

        return Read(name);
    }

    private static readonly HashSet<string> FoldedFamilyNames = new(FamilyNames.Select(VietnameseText.FoldLower), StringComparer.Ordinal);

    // "tỉnh", "thành phố", "xã", "đặc khu"… as the last words of the text before a capitalised run: the run is a place.
    private static bool LevelWordAtEnd(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = 1; take <= Math.Min(2, words.Length); take++)
        {
            var tail = string.Join(' ', words[^take..]);
            if (UnitLevels.TryRead(tail, out _, out var length) && length == tail.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameWord(string word) =>
        char.IsUpper(word[0]) && word.Length <= 8 && word.All(c => char.IsLetter(c) || c == '\'');

    private static bool IsRoman(string word) =>
        word.Length > 1 && word.All(c => c is 'I' or 'V' or 'X' or 'L');
}
