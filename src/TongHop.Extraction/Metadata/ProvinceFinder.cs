using System.Text.RegularExpressions;
using TongHop.Parsing;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Finds the province a document belongs to, for reading its place names: the one its header names ("UBND TỈNH LÂM
/// ĐỒNG", "ĐẢNG BỘ TỈNH NGHỆ AN", "SỞ Y TẾ TỈNH ĐỒNG NAI"), else the one its text names most often ("Sở Khoa học và Công
/// nghệ tỉnh Lào Cai"). A province named before the 2025 merger counts for the province it went into.
/// </summary>
public static class ProvinceFinder
{
    private static readonly Regex Level = Patterns.Create(@"\b(tinh|thanh pho|tp\.?)[ \t\n]+");

    private static AdministrativeUnits Units => AdministrativeUnits.Official;

    /// <summary>The current province, or <c>null</c> when the document names none or two equally often.</summary>
    public static AdministrativeUnit? Find(ParsedDocument document, IEnumerable<string> headerLines)
    {
        foreach (var line in headerLines.Reverse())
        {
            var named = Mentions(Text.Normalization.VietnameseText.FoldLower(line)).FirstOrDefault();
            if (named is not null)
            {
                return named;
            }
        }

        var counts = Mentions(document.Folded).GroupBy(p => p).Select(g => (Province: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        return counts.Count > 0 && (counts.Count == 1 || counts[0].Count > counts[1].Count) ? counts[0].Province : null;
    }

    /// <summary>Every "tỉnh X" / "thành phố X" of a folded text that names a province, in order.</summary>
    public static IEnumerable<AdministrativeUnit> Mentions(string folded)
    {
        foreach (Match m in Level.Matches(folded))
        {
            var words = FollowingWords(folded, m.Index + m.Length, 4);
            for (var n = words.Count; n >= 1; n--)
            {
                var name = string.Join(' ', words.Take(n));
                var province = Units.Named(name).Where(u => u.Level.IsProvincial()).Select(Current).FirstOrDefault(p => p is not null);
                if (province is not null)
                {
                    yield return province;
                    break;
                }
            }
        }
    }

    // A former province counts for the one province it went into; one split between several counts for none.
    private static AdministrativeUnit? Current(AdministrativeUnit province) =>
        !province.Former ? province : Units.SuccessorProvinces(province) is [var only] ? only : null;

    private static List<string> FollowingWords(string folded, int at, int max)
    {
        var words = new List<string>();
        var i = at;
        while (words.Count < max && i < folded.Length)
        {
            var start = i;
            while (i < folded.Length && char.IsAsciiLetter(folded[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            words.Add(folded[start..i]);
            if (i >= folded.Length || folded[i] != ' ')
            {
                break;
            }

            i++;
        }

        return words;
    }
}
