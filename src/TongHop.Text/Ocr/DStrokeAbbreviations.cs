using System.Collections.Frozen;

namespace TongHop.Text.Ocr;

/// <summary>
/// Abbreviations of Vietnamese administrative names written with Đ (D with stroke: Quyết định QĐ, Ban Chỉ đạo BCĐ,
/// Đổi mới sáng tạo ĐMST, Đơn vị tính ĐVT…), and how English OCR misreads their Đ: as D, P, B, b or d, or as two letters "DB", "DP", "PB", "BP"
/// (real samples: "QD-UBND" = QĐ-UBND, "BCDTW" = BCĐTW, "KH&amp;PMST" = KH&amp;ĐMST, "327/Qb-" = 327/QĐ-,
/// "42/2022/NDB-CP" = 42/2022/NĐ-CP), and QĐ's Q as O or 0 ("327/0P-UBND"). The one list of them: repair restores
/// Đ in the symbols of garbled lines (<c>Repair/Decoding/SymbolRepair</c>), the citation reader in the parts of
/// document numbers (<c>Extraction/Citations/SymbolSegments</c>).
/// A part changes only when the result is a listed abbreviation, so UBND, PB or DN stay as written; and an
/// abbreviation that is itself standard without Đ (HD Hướng dẫn, DA Dự án, PA Phương án, GDPT Giáo dục phổ thông)
/// is never read as one with Đ.
/// </summary>
public static class DStrokeAbbreviations
{
    /// <summary>The abbreviations with Đ, upper case.</summary>
    public static FrozenSet<string> All { get; } = new[]
    {
        "QĐ", "NĐ", "BCĐ", "BCĐTW", "BCĐ06", "ĐMST", "HĐND", "HĐ", "HĐQT", "HĐTV", "ĐU", "VPĐU", "UBKTĐU",
        "BTGDVĐU", "ĐTN", "CĐS", "TTĐT", "KHĐT", "TĐKT", "BĐS", "ĐCS", "TBĐ", "ĐBQH", "ĐĐBQH", "LĐLĐ", "LĐTBXH", "ĐVHC",
        "ĐKKD", "GCNĐKKD", "QĐTTG", "ĐBSCL", "ĐA", "ĐH", "ĐHQG", "GDĐT", "SGDĐT", "ĐVT",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Standard abbreviations written without Đ that a misread Đ could turn into a listed one (HD Hướng dẫn ↔ HĐ
    /// Hợp đồng, DA Dự án and PA Phương án ↔ ĐA Đề án, GDPT ↔ GDĐT), or that a symbol often holds (UBND, VPUBND):
    /// they stay as written.
    /// </summary>
    public static FrozenSet<string> Plain { get; } = new[]
    {
        "HD", "DA", "PA", "GDPT", "UBND", "VPUBND",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxPartLength = 12;

    // How English OCR writes a capital Đ as two letters (the stroke read as a letter of its own).
    private static readonly string[] TwoLetterĐ = ["DB", "DP", "PB", "BP"];

    private const int MaxSuspects = 4;

    /// <summary>
    /// The listed abbreviation that <paramref name="part"/> (one part of a symbol, between separators) stands for,
    /// upper case ("QD" → "QĐ", "Qb" → "QĐ", "BCPTW" → "BCĐTW", "NDB" → "NĐ", "0P" → "QĐ", "ubnd" stays), or
    /// <see langword="null"/> when it is no misread abbreviation or is already written right.
    /// </summary>
    public static string? Restore(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Length is 0 or > MaxPartLength || part.Count(char.IsLower) > 1)
        {
            return null;
        }

        var upper = part.ToUpperInvariant();
        if (All.Contains(upper) || Plain.Contains(upper))
        {
            return Changed(part, upper);
        }

        // "0P" is QĐ with both letters misread (real sample: 327/0P-UBND).
        if (upper.Length == 2 && upper[0] is '0' or 'O' && upper[1] is 'P' or 'D' or 'B')
        {
            return "QĐ";
        }

        if (upper.Any(char.IsDigit))
        {
            return null;
        }

        if (ReadOneĐ(upper) is { } restored)
        {
            return restored;
        }

        // A Đ read as two letters: "NDB" = NĐ, "DPVT" = ĐVT, "DPMST" = ĐMST.
        foreach (var pair in TwoLetterĐ)
        {
            if (upper.Contains(pair, StringComparison.Ordinal) && ReadOneĐ(upper.Replace(pair, "Đ", StringComparison.Ordinal)) is { } read)
            {
                return read;
            }
        }

        return null;
    }

    private static string? Changed(string part, string restored) => string.Equals(part, restored, StringComparison.Ordinal) ? null : restored;

    // Tries every way of reading the suspicious letters as Đ; parts are short, so this stays tiny.
    private static string? ReadOneĐ(string upper)
    {
        if (All.Contains(upper))
        {
            return upper;
        }

        Span<int> positions = stackalloc int[MaxSuspects];
        var count = 0;
        for (var i = 0; i < upper.Length; i++)
        {
            if (upper[i] is 'D' or 'P' or 'B')
            {
                if (count == MaxSuspects)
                {
                    return null;
                }

                positions[count++] = i;
            }
        }

        Span<char> variant = stackalloc char[upper.Length];
        for (var mask = 1; mask < 1 << count; mask++)
        {
            upper.AsSpan().CopyTo(variant);
            for (var p = 0; p < count; p++)
            {
                if ((mask & (1 << p)) != 0)
                {
                    variant[positions[p]] = 'Đ';
                }
            }

            var text = new string(variant);
            if (All.Contains(text))
            {
                return text;
            }
        }

        return null;
    }
}
