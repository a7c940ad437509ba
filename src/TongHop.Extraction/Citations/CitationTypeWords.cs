using System.Text.RegularExpressions;
using TongHop.Parsing;

namespace TongHop.Extraction.Citations;

/// <summary>
/// The words that name a cited document's type, matched on folded lower-case text with the forms an English OCR
/// gives them ("Quyét dinh", "Ké hoach", "K&amp; hoach", "Cong vin", "Thong béo", "Gidy moi", "Nghi quyét").
/// "Kế hoạch hành động" is a Kế hoạch; "Chương trình hành động" (a Party committee's) is a type of its own. "văn bản"
/// names no type: the symbol decides it. "Quy định" (a Party regulation, "Quy định số 296-QĐ/TW") is the word written,
/// not the "QĐ" of its symbol; "Thông tư liên tịch", "Nghị quyết liên tịch" and "Văn bản hợp nhất" are types of their own.
/// </summary>
public static class CitationTypeWords
{
    // The type words as English OCR may print them, tried in this order (a longer name before the shorter one it starts
    // with: "nghị quyết liên tịch" before "nghị quyết"), each with the type it names.
    private static readonly (string Words, string? Type)[] Alternatives =
    [
        (@"ngh[i1]\s+quy[a-z]t\s+li[a-z]n\s+t[i1]ch", DocumentTypes.JointResolution),
        (@"th[o0]ng\s+t[uw]\s+li[a-z]n\s+t[i1]ch", DocumentTypes.JointCircular),
        (@"v[a-z]n\s+b[a-z]n\s+h[o0]p\s+nh[a-z]t", DocumentTypes.Consolidated),
        (@"k[a-z&€¥]t\s+lu[a-z]n", DocumentTypes.Conclusion),
        (@"quy\s+d[i1l]nh", DocumentTypes.Regulation),
        (@"c[o0]ng\s+d[i1l][a-z]n", DocumentTypes.Dispatch),
        (@"b[o0]\s+lu[a-z]t", DocumentTypes.LegalCode),
        (@"ph[a-z]p\s+l[a-z]nh", DocumentTypes.Ordinance),
        (@"ngh[i1]\s+quy[a-z]t", DocumentTypes.Resolution),
        (@"ngh[i1]\s+d[i1l]nh", DocumentTypes.Decree),
        (@"quy[a-z]t\s+d[i1l]nh", DocumentTypes.Decision),
        (@"k[a-z&€¥]\s+ho[a-z]{0,2}ch(\s+h[a-z]nh\s+d[o0]ng)?", DocumentTypes.Plan),
        (@"c[o0][a-z]?ng\s+v[a-z]n", DocumentTypes.OfficialLetter),
        (@"th[o0]ng\s+b[a-z]{1,2}o", DocumentTypes.Notice),
        (@"ch[i1]\s+th[i1]", DocumentTypes.Directive),
        (@"th[o0]ng\s+t[uw]", DocumentTypes.Circular),
        (@"gi[a-z]{1,2}y\s+m[o0][i1]", DocumentTypes.Invitation),
        (@"lu[a-z]t", DocumentTypes.Law),
        (@"ch[uw][a-z]{0,2}ng\s+tr[i1]nh\s+h[a-z]nh\s+d[o0]ng", DocumentTypes.ActionProgramme),
        (@"ch[uw][a-z]{0,2}ng\s+tr[i1]nh", DocumentTypes.Programme),
        (@"[dpb][e&]\s+[a4]n", DocumentTypes.Project),
        (@"h[uw][o0]ng\s+d[a-z]n", DocumentTypes.Guidance),
        (@"t[o0]\s+tr[i1]nh", DocumentTypes.Submission),
        (@"b[a-z]o\s+c[a-z]o", DocumentTypes.Report),
        (@"v[a-z]n\s+b[a-z]n", null),
    ];

    public static readonly Regex Pattern =
        Patterns.Create(string.Join('|', Alternatives.Select(a => "(?:" + a.Words + ")")));

    // Each alternative alone, over a whole match: the first that reads the matched words is the one the pattern took (an
    // earlier alternative that could read them would have been taken). Asking the match for its named groups built all
    // 25 of them for each cited document; these are interpreted, so a command's start does not compile 25 more patterns.
    private static readonly Regex[] Whole =
        Alternatives.Select(a => new Regex(@"\A(?:" + a.Words + @")\z", RegexOptions.CultureInvariant, Patterns.Timeout)).ToArray();

    /// <summary>The canonical type of a <see cref="Pattern"/> match, or <c>null</c> for "văn bản".</summary>
    public static string? TypeOf(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        for (var i = 0; i < Whole.Length; i++)
        {
            if (Whole[i].IsMatch(match.ValueSpan))
            {
                return Alternatives[i].Type;
            }
        }

        return null;
    }
}
