using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Splits the left column of a header into the parent body and the issuing body (Decree 30/2020, Appendix I: the
/// issuer's name under its direct parent's). The issuer is the last line, joined with the lines above it that are
/// part of the same name: a name wrapped after "VÀ" or "," ("BỘ KHOA HỌC VÀ" / "CÔNG NGHỆ"), a body and its place
/// on two lines ("ỦY BAN NHÂN DÂN" / "XÃ ĐỒNG LỘC", "BẢO HIỂM XÃ HỘI" / "TỈNH VĨNH LONG", "NGÂN HÀNG NHÀ NƯỚC" /
/// "VIỆT NAM"), one agency's name cut anywhere ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI"), or a unit's long name whose last
/// word or two went onto a line of their own ("TRƯỜNG CAO ĐẲNG KỸ THUẬT" / "HƯƠNG SƠN").
/// </summary>
public static class IssuerBlock
{
    /// <summary>The issuing body's text and the parent lines above it.</summary>
    public static (string Body, IReadOnlyList<string> Parents) Split(IReadOnlyList<string> lines)
    {
        var k = lines.Count - 1;
        var body = lines[k];

        // A last line that joins the line above only without the marks OCR made of the right column's rule beside it
        // ("… TỈNH TUYÊN" / "QUANG e 5 ="): joined without them. Elsewhere the marks stay, a sign of a garbled name.
        if (k > 0 && !Continues(lines[k - 1], body) && HeaderLines.WithoutStrayMarks(body) is var bare && bare != body &&
            Continues(lines[k - 1], bare))
        {
            body = bare;
        }

        while (k > 0 && Continues(lines[k - 1], body))
        {
            body = lines[k - 1].TrimEnd() + " " + body.TrimStart();
            k--;
        }

        if (k > 0 && BranchOf(lines[k - 1], body) is { } branch)
        {
            return (branch, lines.Take(k - 1).ToList());
        }

        return (body, lines.Take(k).ToList());
    }

    // The words of a branch that has no name of its own: the branch of the body above it in a place.
    private static readonly string[] BranchWords = ["chi nhanh", "phong giao dich"];

    // "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" over "CHI NHÁNH TỈNH CAO BẰNG": a branch written with nothing but a level and a place
    // names no body alone; it is the parent's branch there ("CHI NHÁNH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH CAO BẰNG"), the
    // parent's "VIỆT NAM" left out. A parent that is a People's Committee or another local body owns the branch but
    // lends it no name.
    private static string? BranchOf(string above, string body)
    {
        var folded = VietnameseText.FoldLower(body).Trim();
        var word = BranchWords.FirstOrDefault(w => folded.StartsWith(w + " ", StringComparison.Ordinal));
        if (word is null)
        {
            return null;
        }

        var rest = folded[(word.Length + 1)..].Trim();
        if (!UnitLevels.TryRead(rest, out var level, out var length) || length >= rest.Length ||
            !AdministrativeUnits.Official.Named(rest[length..]).Any())
        {
            return null;
        }

        var parent = above.Trim();
        var parentFolded = VietnameseText.FoldLower(parent);
        if (AgencyNames.AtStart(parent) is { } kind && kind.Agency.Kind is AgencyKind.CommuneBody or AgencyKind.ProvincialBody ||
            parentFolded.StartsWith("ubnd", StringComparison.Ordinal) || EndsWithPlace(parentFolded))
        {
            return null;
        }

        if (parentFolded.EndsWith(" viet nam", StringComparison.Ordinal))
        {
            parent = parent[..^" viet nam".Length].TrimEnd();
        }

        var trimmed = body.Trim();
        return trimmed[..word.Length] + " " + parent + " " + trimmed[(word.Length + 1)..].Trim();
    }

    private static bool Continues(string above, string below)
    {
        var top = VietnameseText.FoldLower(above).Trim();
        var next = VietnameseText.FoldLower(below).Trim();
        if (top.EndsWith(" va", StringComparison.Ordinal) || top.EndsWith(',') || top.EndsWith('-') || top.EndsWith('&') ||
            next.StartsWith("va ", StringComparison.Ordinal) || next.StartsWith('-') || next.StartsWith('&'))
        {
            return true;
        }

        if (EndsWithCutPlace(top, next))
        {
            return true;
        }

        // "KHU VỰC BẢO YÊN", "KHU VỰC IX" under a body ("TRUNG TÂM GDNN - GDTX", "KHO BẠC NHÀ NƯỚC"): the region a body of
        // the 2025 organisation serves ends its name; no body's name begins with it.
        if (next.StartsWith("khu vuc ", StringComparison.Ordinal) && !EndsWithPlace(top))
        {
            return true;
        }

        // "NGÂN HÀNG NHÀ NƯỚC" / "CHI NHÁNH KHU VỰC 12": a branch named by its region alone is the branch of the body
        // above, written after it ("Ngân hàng Nhà nước Chi nhánh Khu vực 12"). Not under a local body, which lends a
        // branch no name (see BranchOf).
        if (BranchWords.Any(w => next.StartsWith(w + " khu vuc ", StringComparison.Ordinal)) && !EndsWithPlace(top) &&
            !top.StartsWith("ubnd", StringComparison.Ordinal) &&
            AgencyNames.AtStart(above) is not { Agency.Kind: AgencyKind.CommuneBody or AgencyKind.ProvincialBody })
        {
            return true;
        }

        // "XÃ ĐỒNG LỘC", "TỈNH VĨNH LONG" under a body without its place.
        if (UnitLevels.TryRead(next, out _, out var length) && length < next.Length && !EndsWithPlace(top))
        {
            return true;
        }

        var joined = above.Trim() + " " + below.Trim();
        if (next == "viet nam" || (AgencyNames.IsWholeName(joined) && !AgencyNames.IsWholeName(above)))
        {
            return true;
        }

        // A body written without its place ("ỦY BAN NHÂN DÂN", "ĐẢNG ỦY") takes the next line as its place, a kind of
        // unit without its name ("CÔNG TY CỔ PHẦN", "TRƯỜNG TIỂU HỌC") its name.
        if (AgencyNames.AtStart(above) is not { } kind)
        {
            return false;
        }

        var restKey = AdministrativeUnits.Key(above[kind.Length..]);
        if (kind.Agency.Kind is AgencyKind.CommuneBody or AgencyKind.ProvincialBody or AgencyKind.UnitKind && restKey.Length == 0)
        {
            return true;
        }

        // A provincial body's whole name over its province's ("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH" / "LÀO CAI"): a place
        // alone is never the issuer.
        if (kind.Agency.Kind == AgencyKind.Provincial && restKey.Length == 0 &&
            AdministrativeUnits.Official.Named(below).Any(u => u.Level.IsProvincial()))
        {
            return true;
        }

        // A kind of unit with one word of its own ("TRƯỜNG TRUNG CẤP NGHỀ") over the rest of its name ("DÂN TỘC NỘI TRÚ
        // AN GIANG") that begins no body of its own.
        if (kind.Agency.Kind == AgencyKind.UnitKind && !restKey.Contains(' ') && restKey.Length > 0 && !EndsWithPlace(top) &&
            AgencyNames.AtStart(below) is null && MetadataWords.Split(below).Count(w => w.Any(char.IsLetter)) <= 6)
        {
            return true;
        }

        // A unit's long name cut after a few words ("TRƯỜNG CAO ĐẲNG KỸ THUẬT" / "HƯƠNG SƠN", "BỆNH VIỆN ĐA KHOA KHU VỰC
        // TÂY" / "BẮC"): a last line of one or two words that begins no body of its own ends the name above it.
        return kind.Agency.Kind == AgencyKind.UnitKind && !EndsWithPlace(top) && AgencyNames.AtStart(below) is null &&
               MetadataWords.Split(below).Count(w => w.Any(char.IsLetter)) is 1 or 2;
    }

    // A place's name cut at the line's end ("… QUÂN SỰ TỈNH TUYÊN" / "QUANG"): the line above ends with a level and a
    // word or two that name no unit, and those words with all the words of the line below do (OCR's marks on them
    // ignored, stray colons and rules of the right column too).
    private static bool EndsWithCutPlace(string top, string next)
    {
        var below = MetadataWords.Split(next).Where(w => w.Any(char.IsLetter)).ToArray();
        if (below.Length is 0 or > 3)
        {
            return false;
        }

        var words = top.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = Math.Max(0, words.Length - 4); i < words.Length - 1; i++)
        {
            var rest = string.Join(' ', words[i..]);
            if (UnitLevels.TryRead(rest, out var level, out var length) && rest[length..].Trim() is { Length: > 0 } name &&
                !Names(name, level) && Names(name + " " + string.Join(' ', below), level))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a unit of the level (a province or a city of the centre alike) bears the name.
    private static bool Names(string name, UnitLevel level) =>
        AdministrativeUnits.Official.Named(name).Any(u => u.Level == level || (u.Level.IsProvincial() && level.IsProvincial()));

    // A line that already ends with a level and a place ("UBND TỈNH LÂM ĐỒNG") is a parent, not half a name
    // ("BẢO HIỂM XÃ HỘI" ends with no place: "xã hội" is no commune).
    private static bool EndsWithPlace(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1; i++)
        {
            var rest = string.Join(' ', words[i..]);
            if (UnitLevels.TryRead(rest, out _, out var length) && AdministrativeUnits.Official.Named(rest[length..]).Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}
