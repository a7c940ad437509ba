using System.Text.RegularExpressions;
using TongHop.Extraction.Citations;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Decides a document's type, from the strongest sign to the weakest: a title line ("BÁO CÁO") or a "V/v" subject
/// (a Công văn) in the header; the code in its number ("269/BC-UBND" → Báo cáo, "1464/SKHCN-KH&amp;ĐMST" → Công văn);
/// a body that reports ("… báo cáo kết quả như sau", "Trên đây là báo cáo…").
/// </summary>
public static class TypeResolver
{
    private static readonly Regex Reporting = Patterns.Create(@"b[a-z]o[ \t]+c[a-z]{1,2}o[ \t\n]+(k[a-z]t[ \t]+qu[a-z]{1,2}[ \t\n]+)?(nh[uw][ \t]+sau|tinh[ \t]+hinh)|tr[a-z]n[ \t]+d[a-z]y[ \t]+(l|1)[a-z][ \t]+b[a-z]{1,2}o[ \t]+c[a-z]{1,2}o");

    public static string? Resolve(ParsedDocument document, Header header)
    {
        if (header.Type is not null)
        {
            return header.Type;
        }

        if (header.Number is not null && DocumentTypes.FromSymbol(header.Number) is { } fromSymbol)
        {
            return fromSymbol;
        }

        return Reporting.IsMatch(document.Folded) ? DocumentTypes.Report : null;
    }
}
