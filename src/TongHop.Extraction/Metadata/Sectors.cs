using TongHop.Text.Normalization;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// The names of the provincial departments (Sở) and ministries (Bộ) after the 2025 reorganisation, so that a
/// header in capitals or garbled by OCR ("KHOA HQC VA CONG NGHE") is written in its official form. A name matches
/// when its letters differ from the text's, folded, by at most one edit in eight letters.
/// </summary>
public static class Sectors
{
    private static readonly string[] Names =
    [
        "Khoa học và Công nghệ", "Nội vụ", "Tài chính", "Tư pháp", "Y tế", "Giáo dục và Đào tạo", "Xây dựng",
        "Công Thương", "Nông nghiệp và Môi trường", "Văn hóa, Thể thao và Du lịch", "Dân tộc và Tôn giáo",
        "Ngoại vụ", "Kế hoạch và Đầu tư", "Thông tin và Truyền thông", "Tài nguyên và Môi trường", "Giao thông vận tải",
        "Lao động - Thương binh và Xã hội", "Nông nghiệp và Phát triển nông thôn", "Công an", "Quốc phòng",
    ];

    private static readonly string[] Keys = Names.Select(Key).ToArray();

    /// <summary>The official name whose letters are closest to <paramref name="text"/>, or <c>null</c>.</summary>
    public static string? Find(string text)
    {
        var key = Key(text);
        for (var i = 0; i < Keys.Length; i++)
        {
            if (Math.Abs(Keys[i].Length - key.Length) <= 2 && EditDistance(Keys[i], key) <= Math.Max(1, Keys[i].Length / 8))
            {
                return Names[i];
            }
        }

        return null;
    }

    private static string Key(string text) =>
        new(VietnameseText.FoldLower(text).Where(char.IsAsciiLetterLower).ToArray());

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
