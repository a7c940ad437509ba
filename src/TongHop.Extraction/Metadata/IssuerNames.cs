using System.Text.RegularExpressions;
using TongHop.Parsing;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Writes an issuing body in its usual form: "ỦY BAN NHÂN DÂN XÃ KHÁNH CƯỜNG" → "UBND xã Khánh Cường",
/// "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (OCR "SO KHOA HQC VA CONG NGHE") → "Sở Khoa học và Công nghệ", "CÔNG AN TỈNH NINH BÌNH" →
/// "Công an tỉnh Ninh Bình", "BỆNH VIỆN ĐA KHOA GIA LAI" → "Bệnh viện Đa khoa Gia Lai", "TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG"
/// → "Trường Đại học Phạm Văn Đồng". Fixed words come from the list of agencies, place names from the list of
/// administrative units (official spelling, when the list names the place without doubt), other proper names from the
/// text as repaired.
/// </summary>
public static class IssuerNames
{
    // The bodies of a commune or province written before a level and a place name, and their usual short form.
    private static readonly (Regex Pattern, string Body)[] LocalBodies =
    [
        (Patterns.Create(@"^(uy ban nhan dan|ubnd)([ \t]+|$)"), "UBND"),
        (Patterns.Create(@"^(hoi dong nhan dan|hdnd)([ \t]+|$)"), "HĐND"),
        (Patterns.Create(@"^[dpb]ang uy([ \t]+|$)"), "Đảng ủy"),
        (Patterns.Create(@"^[dpb]ang bo([ \t]+|$)"), "Đảng bộ"),
        (Patterns.Create(@"^cong an([ \t]+|$)"), "Công an"),
    ];

    /// <summary>The usual form of a header line or phrase naming an issuer; <c>null</c> when it names none.</summary>
    public static string? Normalize(string raw) => Read(raw, null, [])?.Name;

    /// <summary>
    /// Reads an issuer: its usual form, and the administrative unit it is the body of ("UBND xã Đồng Lộc" → xã Đồng Lộc),
    /// resolved within <paramref name="province"/> when known, with <paramref name="otherReadings"/> (the place of the date
    /// line, the body's "UBND xã …") as further spellings of the unit's name.
    /// </summary>
    public static IssuerReading? Read(string raw, AdministrativeUnit? province, IReadOnlyList<string> otherReadings)
    {
        var text = Collapse(raw);
        if (text.Count(char.IsLetter) < 2)
        {
            return null;
        }

        var folded = VietnameseText.FoldLower(text);
        foreach (var (pattern, body) in LocalBodies)
        {
            var m = pattern.Match(folded);
            if (m.Success && LevelAndPlace(text[m.Length..], province, otherReadings) is var (place, unit) && (place.Length > 0 || body != "Công an"))
            {
                return new IssuerReading(place.Length == 0 ? body : body + " " + place, unit);
            }
        }

        if (AgencyNames.AtStart(text) is var (agency, length))
        {
            var rest = text[length..].Trim(' ', ',', '-', '.');
            if (rest.Length == 0)
            {
                return new IssuerReading(agency.Name, null);
            }

            // "Công an tỉnh" + "Ninh Bình": the level is in the agency's name. The header may write the other level
            // ("BẢO HIỂM XÃ HỘI" / "THÀNH PHỐ CẦN THƠ", which an OCR-tolerant match takes for "… tỉnh"): the level written wins.
            if (agency.Name.EndsWith(" tỉnh", StringComparison.Ordinal) || agency.Name.EndsWith(" thành phố", StringComparison.Ordinal))
            {
                var levelWord = agency.Name.EndsWith(" tỉnh", StringComparison.Ordinal) ? "tỉnh" : "thành phố";
                var stem = agency.Name[..^(levelWord.Length + 1)];
                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var stemWords = stem.Split(' ').Length;
                var afterStem = stemWords < words.Length ? string.Join(' ', words[stemWords..]) : "";
                var place = UnitLevels.TryRead(VietnameseText.FoldLower(afterStem), out var written, out _) && written.IsProvincial()
                    ? afterStem
                    : levelWord + " " + rest;
                return LevelAndPlace(place, province, otherReadings) is var (p, u) && p.Length > 0
                    ? new IssuerReading(stem + " " + p, u)
                    : new IssuerReading(agency.Name + " " + NameCase(rest), null);
            }

            return new IssuerReading(agency.Name + " " + Rest(rest, province), null);
        }

        return new IssuerReading(Rest(text, province, sentence: true), null);
    }

    // A region's number after "khu vực" in a body's name ("Chi cục Hải quan khu vực III", "Kho bạc Nhà nước khu vực XII"),
    // which English OCR prints with 1s and ls for its Is ("KHU VỰC 111", "khu vực V1").
    private static readonly Regex RegionNumber = Patterns.Create(@"(?<=\bkhu[ \t]+v\S{1,3}[ \t]+)[1livx|]{1,5}\b");

    /// <summary>
    /// <paramref name="name"/> with a region's number after "khu vực" in Roman numerals, as bodies of the central
    /// agencies' regions are named since 2025 ("khu vực 111" → "khu vực III"); a lone "1" may be Arabic and stays.
    /// </summary>
    public static string WithRegionNumeral(string name)
    {
        var folded = VietnameseText.FoldLower(name); // same length and offsets as the name (NFC)
        if (name.Length != folded.Length || RegionNumber.Match(folded) is not { Success: true } m)
        {
            return name;
        }

        var written = name.AsSpan(m.Index, m.Length);
        if (written is "1" || written.IndexOfAny('1', 'l', '|') < 0)
        {
            return name;
        }

        var numeral = written.ToString().ToUpperInvariant().Replace('1', 'I').Replace('L', 'I').Replace('|', 'I');
        return RomanNumerals.TryParse(numeral, out var value) && value <= 30 ? name[..m.Index] + numeral + name[(m.Index + m.Length)..] : name;
    }

    /// <summary>"KHÁNH CƯỜNG" → "Khánh Cường"; words already in mixed case are kept.</summary>
    public static string NameCase(string raw)
    {
        var words = Collapse(raw).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.Any(char.IsLower) ? w : w[..1] + w[1..].ToLowerInvariant()));
    }

    // "XÃ KHÁNH CƯỜNG" → ("xã Khánh Cường", the unit); "" when the text is empty. A level word with OCR forms ("x4").
    private static (string Text, AdministrativeUnit? Unit)? LevelAndPlace(string text, AdministrativeUnit? province, IReadOnlyList<string> otherReadings)
    {
        text = text.Trim(' ', ',', '-', '.');
        if (text.Length == 0)
        {
            return ("", null);
        }

        var folded = VietnameseText.FoldLower(text);
        foreach (var (prefix, level) in AdministrativeLevels.Prefixes)
        {
            if (!folded.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var name = text[(prefix.Length + 1)..].Trim();
            var unit = ResolveUnit(name, level, province, otherReadings);
            return ($"{level} {unit?.Name ?? NameCase(name)}", unit);
        }

        return null;
    }

    private static AdministrativeUnit? ResolveUnit(string name, string levelWord, AdministrativeUnit? province, IReadOnlyList<string> otherReadings)
    {
        if (!UnitLevels.TryRead(levelWord, out var level, out _))
        {
            return null;
        }

        Func<UnitLevel, bool> accepts = level switch
        {
            UnitLevel.Province => l => l.IsProvincial(),
            UnitLevel.Municipality => l => l is UnitLevel.Municipality or UnitLevel.ProvincialCity,
            _ => l => l == level,
        };
        // A province is named in the header itself; a commune's name is also the place of the date line and the body's.
        var readings = level.IsProvincial() ? [name] : (IReadOnlyList<string>)[name, .. otherReadings];
        return PlaceNames.Resolve(readings, accepts, level.IsProvincial() ? null : province);
    }

    // The words after an agency's name: a level and a place ("tỉnh Cao Bằng"), a sector ("Giáo dục và Đào tạo"),
    // a place alone ("Gia Lai"), or a proper name ("Phạm Văn Đồng").
    private static string Rest(string text, AdministrativeUnit? province, bool sentence = false)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        (int At, string Place)? levelAndPlace = null;
        for (var i = 0; i < words.Length; i++)
        {
            // A level word the list names no place after ("QUÂN SỰ TỈNH …": "quân" folds to "quận") gives way to a later
            // one: the first the list names a place after, else the last. An urban district ("quận", abolished in 2025)
            // counts only where the list names its place: "quân sự", "quan hệ" name none.
            if (LevelAndPlace(string.Join(' ', words[i..]), province, []) is var (place, named) && place.Length > 0 &&
                (named is not null || !place.StartsWith("quận ", StringComparison.Ordinal)))
            {
                levelAndPlace = (i, place);
                if (named is not null)
                {
                    levelAndPlace = (i, place);
                    break;
                }
            }
        }

        if (levelAndPlace is var (at, found))
        {
            var before = string.Join(' ', words[..at]);
            return at == 0 ? found : (sentence ? SentenceCase(before) : Rest(before, province)) + " " + found;
        }

        // A sector, named as its department is ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "Giáo dục và Đào tạo").
        var asDepartment = "Sở " + text;
        if (AgencyNames.AtStart(asDepartment, a => a.Name.StartsWith("Sở ", StringComparison.Ordinal)) is var (sector, length) &&
            AdministrativeUnits.Key(asDepartment[length..]).Length == 0)
        {
            return sector.Name[3..];
        }

        if (!sentence && PlaceNames.Resolve([text], _ => true, province) is { } unit)
        {
            return unit.Name;
        }

        // A body's own words, then a place the list names as written ("ĐIỆN LỰC TUYÊN QUANG" → "Điện lực Tuyên Quang",
        // "VIỄN THÔNG ĐĂK LĂK" → "Viễn thông Đắk Lắk"): the words before the place are common words, in sentence case.
        if (PlaceAtEnd(words) is var (placeAt, placeName) && placeAt > 0)
        {
            // "KHU VỰC BẢO YÊN - BẢO THẮNG", "KHU VỰC 3 - GIA LAI": a region named by two places, or by its number and its
            // place, joined by a hyphen, which stays; a place before the hyphen keeps its spelling too.
            if (words[placeAt - 1] is "-" or "–" && placeAt > 1)
            {
                var first = words[..(placeAt - 1)];
                var region = Array.FindLastIndex(first, w => VietnameseText.FoldLower(w) == "vuc") + 1;
                var head = PlaceAtEnd(first) is var (firstAt, firstName) && firstAt > 0
                    ? SentenceCase(string.Join(' ', first[..firstAt])) + " " + firstName
                    : region > 0 && region < first.Length && first[region..].All(w => w.All(char.IsLetter))
                        ? SentenceCase(string.Join(' ', first[..region])) + " " + NameCase(string.Join(' ', first[region..])) // a place the list spells two ways
                        : SentenceCase(string.Join(' ', first));
                return head + " " + words[placeAt - 1] + " " + placeName;
            }

            return SentenceCase(string.Join(' ', words[..placeAt])) + " " + placeName;
        }

        return sentence ? SentenceCase(text) : NameCase(text);
    }

    // The longest run of last words (two to four) that the list of administrative units names exactly: where it starts and its spelling.
    private static (int At, string Name)? PlaceAtEnd(string[] words)
    {
        for (var at = Math.Max(1, words.Length - 4); at <= words.Length - 2; at++)
        {
            if (!words[at].Any(char.IsLetterOrDigit))
            {
                continue; // a place's name starts with a word, not with the hyphen before it
            }

            var named = AdministrativeUnits.Official.Named(string.Join(' ', words[at..]));
            if (named.Select(u => u.Name).Distinct(StringComparer.Ordinal).ToList() is [var name])
            {
                return (at, name);
            }
        }

        return null;
    }

    // "ỦY BAN MTTQ VIỆT NAM" → "Ủy ban MTTQ Việt Nam": a word of capital consonants only (MTTQ, HĐND, BCĐ, TNHH) is an
    // acronym and keeps its capitals; a garbled word of OCR has vowels, is lowered and judged by GarbledIssuer.
    private static string SentenceCase(string text)
    {
        if (text.Length == 0 || !InCapitals(text))
        {
            return text;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (!IsAcronym(word))
            {
                words[i] = i == 0 ? word[..1] + word[1..].ToLowerInvariant() : word.ToLowerInvariant();
            }
        }

        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] == "việt" && words[i + 1] == "nam")
            {
                (words[i], words[i + 1]) = ("Việt", "Nam"); // the country's name in a body's ("… MTTQ Việt Nam", "Bảo hiểm xã hội Việt Nam")
            }
        }

        return string.Join(' ', words);
    }

    // A header's name is set in capitals; a letter or two that OCR and its repair left in small letters ("Xổ SỐ KIẾN THIẾT":
    // the O read as a zero, restored as ổ) does not make it a name already in sentence case ("Xổ số kiến thiết").
    private static bool InCapitals(string text)
    {
        var (upper, lower) = (0, 0);
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        return lower == 0 || (upper >= 6 && lower * 5 <= upper);
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 6 && word.All(char.IsUpper) && !VietnameseText.FoldLower(word).Any(c => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y');

    private static string Collapse(string raw) =>
        string.Join(' ', raw.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', ',', ';', ':', '-');
}

/// <summary>An issuer in its usual form ("UBND xã Đồng Lộc"), with the administrative unit it is the body of, when known.</summary>
public sealed record IssuerReading(string Name, AdministrativeUnit? Unit);
