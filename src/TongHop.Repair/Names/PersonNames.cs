using System.Collections.Frozen;
using TongHop.Repair.Channel;
using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;
using TongHop.Text.Ocr;

namespace TongHop.Repair.Names;

/// <summary>The place a syllable holds in a Vietnamese personal name (họ, tên đệm, tên).</summary>
public enum NamePart
{
    /// <summary>The family name (họ), first.</summary>
    Family,

    /// <summary>A middle name (tên đệm), between the family name and the given name.</summary>
    Middle,

    /// <summary>The given name (tên), last.</summary>
    Given,

    /// <summary>
    /// The given name after the middle name "A" or "Seo" of the Hmong and Dao ("Sùng A Páo", "Giàng Seo Phử"): there the
    /// highland given names are as common as the Kinh ones.
    /// </summary>
    HighlandGiven,

    /// <summary>
    /// The given name of a woman, after the middle name "Thị" ("Hoàng Thị Thanh Nhàn"): a given name mostly men bear
    /// (Nhân, Hùng) costs more there.
    /// </summary>
    FemaleGiven,

    /// <summary>The given name of a man, after the middle name "Văn": a given name mostly women bear (Nhàn, Hương) costs more there.</summary>
    MaleGiven,
}

/// <summary>
/// Vietnamese personal names, for the line a report ends with: the signer's name under the signature title
/// ("Phan Vin Hiéu" must become Phan Văn Hiếu, not "Phần Văn Hiệu", which reads better as prose). Names are a
/// closed-ish inventory whose syllables do not follow the statistics of prose: the lists below give, per place in
/// the name, the syllables in use in three bands of frequency (Kinh names, then the family and middle names of the
/// ethnic minorities of the north and the highlands: Giàng, Sùng, Thào; "A", "Seo"). On a name line the reading is
/// chosen by the OCR channel plus the band's cost (<see cref="Cost"/>), never by the language model.
/// </summary>
public static class PersonNames
{
    // Bands: common (cost 0), in use (InUseCost), rare or regional (RareCost). A syllable missing from a place's
    // bands is not a name there.
    private const float InUseCost = 1.5f;
    private const float RareCost = 3f;

    private static readonly string[][] FamilyBands =
    [
        Words("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý"),
        Words("đinh đào đoàn lương trương trịnh mai cao lâm thái tạ hà châu tô quách phùng từ đàm kiều lưu lục chu " +
            "mạc tăng thân triệu thạch vương nông hứa doãn la lò lữ quan tôn tống viên nghiêm cù âu đồng kim khúc " +
            "giáp văn lại ninh phí bế vi lã khổng tiêu ông ma vy"),
        Words("giàng sùng vàng thào lầu mùa hờ vừ tráng chảo lường điêu sầm lù hầu bàn phàn mã bạch cung " +
            "đổng khương lỗ trình trà ứng ưng khuất lạc phó cấn chế chử diệp đậu hàn thiều tiết kha mẫn yên đàng " +
            // of the Thái, Dao and Hmong (Lèo, Tẩn, Hạng), the Jrai and Ê Đê (Rơ Châm, Ksor, Siu, Nay, Rah Lan), and rarer
            // Kinh ones. Not Quàng (a line "Quang Ngai" is Quảng Ngãi) nor the Khmer Danh (a heading "DANH SÁCH …").
            "lèo lèng sần cứ hạng tẩn rơ ksor siu nay rah lộc nhữ dư quản " +
            // the Ê Đê and M'nông write a man's name after "Y" ("Y Khoa Niê"), the clan's name last; the K'Ho a woman's
            // after "Ka" ("Ka Huyền")
            "y ka"),
    ];

    private static readonly string[][] MiddleBands =
    [
        Words("văn thị hữu đức đình công quang minh ngọc thanh xuân thu kim hồng trung quốc duy bá mạnh tiến anh thế " +
            "trọng việt hải tuấn hoàng thùy thúy"),
        Words("thành bảo gia khánh như phương hoài tấn tất nhật phúc vĩnh long chí sỹ sĩ khắc viết đăng nam bích cẩm " +
            "hà lan hương mai thái phú hiền diệu mỹ thảo trường huy đắc cao mộng lệ phi thiên tố hạnh huyền đại bình " +
            "an kiều tú ánh quý vũ hoàng tường sơn hiếu trí thiện phước hồ a seo"),
    ];

    private static readonly string[][] GivenBands =
    [
        Words("anh hùng dũng tuấn hải hà hương lan linh hoa hằng hạnh hiền huyền hòa hoàng hưng huy khánh long minh " +
            "mai nam nga ngọc nhung phương phúc quang quân sơn tâm thảo thắng thanh thành thu thủy trang trung tú tùng " +
            "vân việt vinh yến hiếu hiệp lâm lộc lợi hậu cường chiến chính công đạt định đông đức giang hiển hoàn hồng " +
            "khoa kiên lực nghĩa nhân phong phú quý sang sáng tài tân tấn thái thịnh thuận tiến toàn trí trọng tường " +
            "vũ xuân bình bảo chi dung duyên huệ hường lệ liên loan ly my ngân nguyệt nhàn oanh phượng quyên quỳnh " +
            "thắm thơ thoa thư thương thúy trâm trinh tuyết vy hạnh đào hiếu khải hân duy nguyên"),
        Words("bích cảnh châu diệp diệu gấm hạ hiên khuê lành lễ lượng mẫn nhật phát sỹ sĩ tạo thăng thiện tịnh tình " +
            "toản trường vĩnh đăng đạo điền độ đoàn an ân ẩn bắc bằng biên cần cầm chung chương cúc cương danh di diễm " +
            "dương đại đan đảm điệp định giao hà hào hậu hiến hiệu hinh học hội hợp hưởng khang khiêm khôi kiệt kỳ " +
            "lạc lâm lân lập liêm liễu loan luân luyến lý mạnh mến mỹ nghị nghiêm ngoan nhạn nhi nhiên nhu như ninh " +
            "phi phụng phước quế quyết quyền sinh sửu tâm thạch thiết thiêm thìn thông thục thùy thuyết thư tiên tín " +
            "tĩnh tỉnh triều trinh trực tuân tuệ tuyên tuyền tươi tỵ uyên vang vân vi viên vịnh vĩ vượng xuyến yên " +
            "ý ngà huấn hoan hoạt hướng khương kha khoát lam lan lụa mơ mùi nga nhạc nhất oai phán sâm sứ tám thái " +
            "thân thuần thực trà tuất tư tý vàng ánh lĩnh thưởng tuyến tiệp thuyên quảng dần ngọ hợi dậu"),
        // given names of the Hmong, Dao and Thái (rare in the province's lists, common in the mountain communes)
        Words("páo pó chứ sình dình tủa lử sử dế mỷ sua chư súa pàng chá lình nhè cở dìn chống khua sầu phềnh " +
            // clan names of the Ê Đê, Jrai and M'nông, which end a name ("Y Khoa Niê", "H Hoa Mlô")
            "niê mlô byă êban ayun ksor siu"),
    ];

    // Given names borne almost only by women, and almost only by men: after "Thị" or "Văn" the other's costs InUseCost
    // more, so that OCR's "Nhan" after "Thị" is Nhàn, not Nhân. A name both sexes commonly bear is in neither (Hà, Linh,
    // Hải, Thanh, An, Bình, Minh, Ngọc, Tâm, Xuân; and Hiền, Thương, Hạnh, Thủy, Thảo, Mai, Huệ, Phượng, Quỳnh, Điệp,
    // Diệp, Mến, Tươi, Ngân, Liên, Thư, Dung, Chi, Trang of men, Hậu, Lộc, Lợi, Thiện, Vinh of women): there a wrong bias
    // would cost a right name ("Nguyễn Văn Hiền" read as Hiển).
    private static readonly FrozenSet<string> WomensGiven = Words(
        "hương lan hoa hằng huyền nga nhung vân yến bích duyên hường lệ loan ly my nguyệt nhàn oanh quyên thắm thơ thoa " +
        "thúy trâm trinh tuyết vy gấm khuê cúc diễm lụa mơ nhạn xuyến uyên hân hiên nhi").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MensGiven = Words(
        "hùng dũng tuấn cường chiến chính công đạt định đức hiển hiệp kiên lực nghĩa nhân phong sơn tài thắng thịnh tiến " +
        "toàn trí trọng tùng quân khải khoa tấn tân cảnh lượng quyết mạnh hào kiệt khôi huấn tuân hưng trường " +
        "thông").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, float> FamilyCosts = Costs(FamilyBands);
    private static readonly FrozenDictionary<string, float> MiddleCosts = Costs([.. MiddleBands, [.. GivenBands.SelectMany(b => b)]]);
    private static readonly FrozenDictionary<string, float> GivenCosts = Costs(GivenBands);
    private static readonly FrozenDictionary<string, float> HighlandGivenCosts = Costs([[.. GivenBands[0], .. GivenBands[2]], GivenBands[1]]);
    private static readonly FrozenDictionary<string, float> FemaleGivenCosts = Gendered(MensGiven);
    private static readonly FrozenDictionary<string, float> MaleGivenCosts = Gendered(WomensGiven);

    /// <summary>Family names of every band.</summary>
    public static readonly FrozenSet<string> FamilyNames = FamilyCosts.Keys.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Middle names and given names of every band (a word is often both).</summary>
    public static readonly FrozenSet<string> GivenNames = MiddleCosts.Keys.Concat(GivenCosts.Keys).ToFrozenSet(StringComparer.Ordinal);

    // Ranks and titles that stand before a signer's name on the same line (police and army units sign "Đại tá Lê Văn A"),
    // folded, with Đ as English OCR writes it (D, P, B) and a marked vowel as the sign it writes for it ("t4" = tá).
    private static readonly string[][] Ranks =
    [
        .. from rank in new[] { "dai", "thuong", "trung", "thieu" } from grade in new[] { "ta", "uy", "tuong" } select new[] { rank, grade },
    ];

    /// <summary>
    /// The cost, in nats, of <paramref name="syllable"/> (lower case, NFC) as the <paramref name="part"/> of a personal
    /// name: 0 for a common one, more for rarer ones; null when it is not a name in that place.
    /// </summary>
    public static float? Cost(string syllable, NamePart part)
    {
        var costs = part switch
        {
            NamePart.Family => FamilyCosts, NamePart.Middle => MiddleCosts, NamePart.HighlandGiven => HighlandGivenCosts,
            NamePart.FemaleGiven => FemaleGivenCosts, NamePart.MaleGiven => MaleGivenCosts, _ => GivenCosts,
        };
        return costs.TryGetValue(syllable, out var cost) ? cost : null;
    }

    /// <summary>
    /// The place of the given name after the middle names <paramref name="middles"/> (as written: with its marks when a
    /// word has any, by its letters when it has none, as English OCR writes it):
    /// after the Hmong or Dao "A" or "Seo" a highland one (<see cref="NamePart.HighlandGiven"/>), after "Thị" a woman's,
    /// after "Văn" a man's, else <see cref="NamePart.Given"/>.
    /// </summary>
    public static NamePart GivenPart(IReadOnlyList<string> middles)
    {
        ArgumentNullException.ThrowIfNull(middles);
        if (middles.Count == 0)
        {
            return NamePart.Given;
        }

        if (middles[^1] is "A" or "Seo" or "SEO")
        {
            return NamePart.HighlandGiven;
        }

        foreach (var middle in middles)
        {
            // A word written with marks is compared with them ("Vân", a woman's middle name, is no Văn); only one without
            // any, as English OCR writes it, by its folded form.
            var lower = VietnameseText.Nfc(middle).ToLowerInvariant();
            var folded = VietnameseText.FoldLowerChars(lower);
            switch (folded == lower ? folded : lower)
            {
                case "thi" or "thị":
                    return NamePart.FemaleGiven;
                case "van" or "văn":
                    return NamePart.MaleGiven;
            }
        }

        return NamePart.Given;
    }

    /// <summary>The place of token <paramref name="t"/> in a name that starts at token <paramref name="start"/> and ends the line.</summary>
    public static NamePart PartOf(int t, int start, int count) =>
        t == start ? NamePart.Family : t == count - 1 ? NamePart.Given : NamePart.Middle;

    /// <summary>
    /// Whether line <paramref name="index"/> looks like a personal name standing alone, as a signer's name does:
    /// see <see cref="NameStart"/>.
    /// </summary>
    public static bool IsNameLine(string[] lines, int index, IReadOnlyList<RepairToken> tokens) => NameStart(lines, index, tokens) >= 0;

    /// <summary>
    /// Where the personal name of line <paramref name="index"/> starts (token index), or -1 when the line is not a name
    /// standing alone, as a signer's name does: blank lines (or the text's edge, or above it a line ending in the copy's
    /// "(Đã ký)") around it, an optional rank
    /// ("Đại tá", "Thiếu tướng") or degrees ("ThS.", "BSCKII.", "PGS.TS."), then two to five words, each capitalised with the rest lower case (or all upper case;
    /// a middle name may be one capital letter, as the Hmong "A"), nothing else on the line, and a first word that reads
    /// as a family name once accents are ignored.
    /// </summary>
    public static int NameStart(string[] lines, int index, IReadOnlyList<RepairToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(tokens);
        // The line after is asked first: most lines have one, and the line before is then not folded.
        var alone = (index == lines.Length - 1 || string.IsNullOrWhiteSpace(lines[index + 1]))
            && (index == 0 || string.IsNullOrWhiteSpace(lines[index - 1]) || EndsWithSignedMark(lines[index - 1]));
        if (!alone)
        {
            return -1;
        }

        var line = lines[index];
        var start = RankLength(line, tokens);
        if (tokens.Count - start is < 2 or > 5)
        {
            return -1;
        }

        for (var t = start; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word || token.Length != token.CoreLength
                || !IsCapitalised(token.Core(line), allowInitial: (t > start && t < tokens.Count - 1) || (t == start && IsOneLetterFamily(token.Core(line)))))
            {
                return -1;
            }
        }

        return FamilyKeys.Contains(Folded(line, tokens[start])) ? start : -1;
    }

    // Degrees and professional titles written before a name ("ThS. Trần Đình Khải", "BSCKII.", "PGS.TS."), folded,
    // without their dots.
    private static readonly FrozenSet<string> Degrees = FrozenSet.ToFrozenSet(
        ["ths", "ts", "tskh", "pgs", "gs", "bs", "bsck", "bscki", "bsckii", "cki", "ckii", "ks", "cn", "ds", "ncs", "ls", "kts"],
        StringComparer.Ordinal);

    // Asked of every line: the degrees it starts with ("ThS. BS."), else a rank ("Đại tá"); its first word is folded once,
    // the rest only under a rank that begins with it.
    private static int RankLength(string line, IReadOnlyList<RepairToken> tokens)
    {
        var degrees = 0;
        while (degrees < Math.Min(3, tokens.Count - 2) && IsDegree(line, tokens[degrees]))
        {
            degrees++;
        }

        if (degrees > 0)
        {
            return degrees;
        }

        if (tokens.Count < 2 || tokens[0].Kind != TokenKind.Word)
        {
            return 0;
        }

        var first = Folded(line, tokens[0]);
        foreach (var rank in Ranks)
        {
            if (tokens.Count <= rank.Length || !IsRankWord(first, rank[0]))
            {
                continue;
            }

            var i = 1;
            while (i < rank.Length && tokens[i].Kind == TokenKind.Word &&
                   (Folded(line, tokens[i]) == rank[i] || OcrFolding.Fold(line.AsSpan(tokens[i].CoreStart, tokens[i].CoreLength)) == rank[i]))
            {
                i++;
            }

            if (i == rank.Length)
            {
                return rank.Length;
            }
        }

        return 0;
    }

    // A rank's first word as read: the word, or for a long one ("thuong", "thieu", "trung") the word with one letter
    // English OCR read as another ("Thugng" for Thượng): the grade word after it must still be read as such.
    private static bool IsRankWord(string folded, string rank)
    {
        if (folded == rank)
        {
            return true;
        }

        if (rank.Length < 5 || folded.Length != rank.Length || folded[0] != rank[0])
        {
            return false;
        }

        var differ = 0;
        for (var i = 0; i < rank.Length && differ < 2; i++)
        {
            differ += folded[i] == rank[i] ? 0 : 1;
        }

        return differ == 1;
    }

    // The line above a signer's name may end with the copy's signature mark, "(Đã ký)" (OCR "(Da ky)", "(Ký tên, đóng dấu)"),
    // the column beside it run into the same line.
    private static bool EndsWithSignedMark(string line)
    {
        var folded = VietnameseText.FoldLower(line.TrimEnd());
        return folded.EndsWith(" ky)", StringComparison.Ordinal) || folded.EndsWith("(ky)", StringComparison.Ordinal)
            || folded.EndsWith(" dau)", StringComparison.Ordinal);
    }

    // A token of degrees, each ending in a dot: "ThS.", "BSCKII.", "PGS.TS.".
    private static bool IsDegree(string line, RepairToken token)
    {
        var text = line.AsSpan(token.Start, token.Length);
        if (text.Length < 3 || text[^1] != '.' || !char.IsUpper(text[0]))
        {
            return false;
        }

        foreach (var part in VietnameseText.FoldLower(text[..^1].ToString()).Split('.'))
        {
            if (!Degrees.Contains(part))
            {
                return false;
            }
        }

        return true;
    }

    // English OCR writes Đ as D, P, B or Pb: "Pinh", "Binh" and "Pbinh" may be Đinh, "Pbai ta" Đại tá (no syllable
    // starts with "pb" or "db").
    private static string Folded(string line, RepairToken token)
    {
        var folded = SignsFolded(line.AsSpan(token.CoreStart, token.CoreLength));
        if (folded.Length > 2 && folded[0] is 'p' or 'd' && folded[1] == 'b')
        {
            return "d" + folded[2..];
        }

        return folded.Length > 1 && folded[0] is 'p' or 'b' && !FamilyKeys.Contains(folded) ? "d" + folded[1..] : folded;
    }

    // A word folded, the signs English OCR writes for letters read as them ("Ng6" = ngo); a sign after the vowel it stands
    // for again is that vowel's mark ("Vo6" = Võ, "Le6" = Lê).
    private static string SignsFolded(ReadOnlySpan<char> word)
    {
        var folded = VietnameseText.FoldLower(word.ToString());
        if (folded.All(char.IsLetter))
        {
            return folded;
        }

        var letters = OcrFolding.Fold(folded);
        for (var i = 1; i < folded.Length; i++)
        {
            if (!char.IsLetter(folded[i]) && letters[i] == letters[i - 1])
            {
                return letters.Remove(i, 1);
            }
        }

        return letters;
    }

    // "Y", the one family name of one letter (the Ê Đê's "Y Khoa Niê").
    private static bool IsOneLetterFamily(ReadOnlySpan<char> word) => word.Length == 1 && FamilyKeys.Contains(VietnameseText.FoldLower(word.ToString()));

    private static readonly FrozenSet<string> FamilyKeys = FamilyNames.Select(VietnameseText.FoldLower).ToFrozenSet(StringComparer.Ordinal);

    private static bool IsCapitalised(ReadOnlySpan<char> word, bool allowInitial)
    {
        if (word.Length == 1)
        {
            return allowInitial && char.IsUpper(word[0]);
        }

        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var upper = 0;
        var signs = 0;
        foreach (var c in word[1..])
        {
            if (!char.IsLetter(c))
            {
                // a sign English OCR writes for a marked vowel ("Ng6" for Ngô): one, not first, in a word of letters
                if (OcrLookAlikes.Letter(c) == '\0' || ++signs > 1)
                {
                    return false;
                }

                continue;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper == 0 || upper == word.Length - 1 - signs;
    }

    private static FrozenDictionary<string, float> Costs(string[][] bands)
    {
        var costs = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var b = bands.Length - 1; b >= 0; b--)
        {
            foreach (var word in bands[b])
            {
                costs[word] = b switch { 0 => 0f, 1 => InUseCost, _ => RareCost };
            }
        }

        return costs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // The given names' costs with the given names of the other sex InUseCost dearer.
    private static FrozenDictionary<string, float> Gendered(FrozenSet<string> others) =>
        GivenCosts.ToFrozenDictionary(p => p.Key, p => others.Contains(p.Key) ? p.Value + InUseCost : p.Value, StringComparer.Ordinal);

    private static string[] Words(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(VietnameseText.Nfc).ToArray();
}
