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
    private static readonly (string Group, string? Type)[] Groups =
    [
        ("nqlt", DocumentTypes.JointResolution), ("ttlt", DocumentTypes.JointCircular), ("vbhn", DocumentTypes.Consolidated),
        ("kl", DocumentTypes.Conclusion), ("qdi", DocumentTypes.Regulation), ("cd", DocumentTypes.Dispatch),
        ("bl", DocumentTypes.LegalCode), ("pl", DocumentTypes.Ordinance),
        ("nq", DocumentTypes.Resolution), ("nd", DocumentTypes.Decree), ("qd", DocumentTypes.Decision),
        ("kh", DocumentTypes.Plan), ("cv", DocumentTypes.OfficialLetter), ("tb", DocumentTypes.Notice),
        ("ct", DocumentTypes.Directive), ("tt", DocumentTypes.Circular), ("gm", DocumentTypes.Invitation),
        ("luat", DocumentTypes.Law), ("ctrhd", DocumentTypes.ActionProgramme), ("ctr", DocumentTypes.Programme), ("da", DocumentTypes.Project),
        ("hd", DocumentTypes.Guidance), ("ttr", DocumentTypes.Submission), ("bc", DocumentTypes.Report), ("vb", null),
    ];

    public static readonly Regex Pattern = Patterns.Create(@"(?<nqlt>ngh[i1]\s+quy[a-z]t\s+li[a-z]n\s+t[i1]ch)|(?<ttlt>th[o0]ng\s+t[uw]\s+li[a-z]n\s+t[i1]ch)" +
        @"|(?<vbhn>v[a-z]n\s+b[a-z]n\s+h[o0]p\s+nh[a-z]t)|(?<kl>k[a-z&€¥]t\s+lu[a-z]n)|(?<qdi>quy\s+d[i1l]nh)|(?<cd>c[o0]ng\s+d[i1l][a-z]n)" +
        @"|(?<bl>b[o0]\s+lu[a-z]t)|(?<pl>ph[a-z]p\s+l[a-z]nh)" +
        @"|(?<nq>ngh[i1]\s+quy[a-z]t)|(?<nd>ngh[i1]\s+d[i1l]nh)|(?<qd>quy[a-z]t\s+d[i1l]nh)" +
        @"|(?<kh>k[a-z&€¥]\s+ho[a-z]{0,2}ch(\s+h[a-z]nh\s+d[o0]ng)?)|(?<cv>c[o0][a-z]?ng\s+v[a-z]n)" +
        @"|(?<tb>th[o0]ng\s+b[a-z]{1,2}o)|(?<ct>ch[i1]\s+th[i1])|(?<tt>th[o0]ng\s+t[uw])|(?<gm>gi[a-z]{1,2}y\s+m[o0][i1])" +
        @"|(?<luat>lu[a-z]t)|(?<ctrhd>ch[uw][a-z]{0,2}ng\s+tr[i1]nh\s+h[a-z]nh\s+d[o0]ng)|(?<ctr>ch[uw][a-z]{0,2}ng\s+tr[i1]nh)|(?<da>[dpb][e&]\s+[a4]n)|(?<hd>h[uw][o0]ng\s+d[a-z]n)" +
        @"|(?<ttr>t[o0]\s+tr[i1]nh)|(?<bc>b[a-z]o\s+c[a-z]o)|(?<vb>v[a-z]n\s+b[a-z]n)");

    /// <summary>The canonical type of a <see cref="Pattern"/> match, or <c>null</c> for "văn bản".</summary>
    public static string? TypeOf(Match match)
    {
        foreach (var (group, type) in Groups)
        {
            if (match.Groups[group].Success)
            {
                return type;
            }
        }

        return null;
    }
}
