using System.Collections.Frozen;
using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;

namespace TongHop.Repair.Names;

/// <summary>
/// Vietnamese personal names, for the line a report ends with: the signer's name under the signature title
/// ("Phan Vin Hiéu" must become Phan Văn Hiếu, not "Phần Văn Hiệu", which reads better as prose). The lists are
/// the common family names, middle names and given names; a name line is a short line of capitalised words
/// whose first word reads as a family name. On such a line the decoder prefers readings from the lists.
/// </summary>
public static class PersonNames
{
    /// <summary>Family names, most common first (about 95 % of the population).</summary>
    public static readonly FrozenSet<string> FamilyNames = Set(
        "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn lương trương trịnh " +
        "mai cao lâm thái tạ hà châu tô quách phùng từ văn đàm kiều lưu lục khúc giáp kim chu mạc tăng thân " +
        "triệu thạch vương nông hứa doãn la lò lữ quan tôn tống viên nghiêm cù âu đồng");

    /// <summary>Middle names and given names (a word is often both).</summary>
    public static readonly FrozenSet<string> GivenNames = Set(
        "văn thị hữu đức đình công quang minh ngọc thanh thành xuân thu kim hồng trung quốc duy bá mạnh tiến " +
        "anh bảo bình cường chi chính chiến cúc dũng dung dương đạt điệp định đông đức giang hà hải hạnh hào hiền " +
        "hiển hiệp hiếu hòa hoa hoài hoàn hoàng hồng huệ hùng hưng hương hường huy huyền khang khánh khoa khôi " +
        "kiên kiệt lan lâm lệ liên liễu linh loan lộc lợi long luân lực ly mai mến minh my nam nga ngân nghĩa " +
        "ngọc nguyên nhân nhàn nhung như oanh phong phú phúc phụng phương phượng quân quang quế quý quyên quyết " +
        "sang sáng sơn tài tâm tân tấn thắm thắng thanh thành thảo thịnh thoa thông thu thuận thúy thủy thư thương " +
        "tiến tín toàn trâm trang tri trí triều trinh trọng trung tú tuấn tùng tuyết tuyền uyên vân vi việt vinh " +
        "vũ vy xuân yến bích cảnh châu diệp diệu duyên gấm hạ hậu hiên khải khuê lành lễ lượng mẫn nhật phát " +
        "quỳnh sỹ sĩ tạo thái thăng thiện thơ tịnh tình toản trường tường vĩnh đăng đạo điền độ đoàn");

    /// <summary>
    /// Whether line <paramref name="index"/> looks like a personal name standing alone, as a signer's name does:
    /// blank lines (or the text's edge) around it, two to five words, each capitalised with the rest lower case
    /// (or all upper case), nothing else on the line, and a first word that reads as a family name once accents
    /// are ignored.
    /// </summary>
    public static bool IsNameLine(string[] lines, int index, IReadOnlyList<RepairToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(tokens);
        var alone = (index == 0 || string.IsNullOrWhiteSpace(lines[index - 1]))
            && (index == lines.Length - 1 || string.IsNullOrWhiteSpace(lines[index + 1]));
        if (!alone || tokens.Count is < 2 or > 5)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || token.Length != token.CoreLength || !IsCapitalised(token.Core(lines[index])))
            {
                return false;
            }
        }

        // English OCR writes Đ as D, P or B: "Pinh" and "Binh" may be Đinh.
        var first = VietnameseText.FoldLower(lines[index].Substring(tokens[0].CoreStart, tokens[0].CoreLength));
        return FamilyKeys.Contains(first) || (first.Length > 1 && first[0] is 'p' or 'b' && FamilyKeys.Contains("d" + first[1..]));
    }

    private static readonly FrozenSet<string> FamilyKeys = FamilyNames.Select(VietnameseText.FoldLower).ToFrozenSet(StringComparer.Ordinal);

    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var upper = 0;
        foreach (var c in word[1..])
        {
            if (char.IsDigit(c))
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper == 0 || upper == word.Length - 1;
    }

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
