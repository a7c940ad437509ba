using System.Collections.Frozen;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Administrative levels that follow "UBND" ("UBND xã Sơn Mai"), folded, with the forms the OCR gives them
/// ("x4", "x3", "xi", "xd" for "xã" in samples 002–003), longest first so "thị xã" wins over "xã".
/// </summary>
public static class AdministrativeLevels
{
    public static readonly (string Folded, string Level)[] Prefixes =
    [
        ("thanh pho", "thành phố"), ("thi tran", "thị trấn"), ("thi xa", "thị xã"), ("dac khu", "đặc khu"),
        ("phuong", "phường"), ("phwong", "phường"), ("huyen", "huyện"), ("tinh", "tỉnh"), ("quan", "quận"),
        ("xa", "xã"), ("x4", "xã"), ("x3", "xã"), ("xi", "xã"), ("xd", "xã"), ("x@", "xã"),
    ];

    /// <summary>The first folded words of the levels ("thanh", "phuong", "xa"): a word that may begin a level.</summary>
    public static readonly FrozenSet<string> FirstWords = Prefixes.Select(p => p.Folded.Split(' ')[0]).ToFrozenSet();

    /// <summary>The level a folded word names, or <c>null</c>.</summary>
    public static string? Find(string foldedWord)
    {
        foreach (var (folded, level) in Prefixes)
        {
            if (folded == foldedWord)
            {
                return level;
            }
        }

        return null;
    }
}
