using System.Collections.Frozen;

namespace TongHop.Extraction.Citations;

/// <summary>
/// The names of document types (Decree 30/2020/NĐ-CP, Appendix III) and the codes their symbols use:
/// "NQ" Nghị quyết, "QĐ" Quyết định, "KH" Kế hoạch, "KL" Kết luận, "TTLT" Thông tư liên tịch, "VBHN" Văn bản hợp
/// nhất… A symbol that starts with an issuer instead of a type code ("46/UBND-VHXH", "1464/SKHCN-KH&amp;ĐMST") is a Công văn's.
/// </summary>
public static class DocumentTypes
{
    public const string Report = "Báo cáo";
    public const string OfficialLetter = "Công văn";
    public const string Plan = "Kế hoạch";
    public const string Decision = "Quyết định";
    public const string Resolution = "Nghị quyết";
    public const string Decree = "Nghị định";
    public const string Notice = "Thông báo";
    public const string Invitation = "Giấy mời";
    public const string Submission = "Tờ trình";
    public const string Directive = "Chỉ thị";
    public const string Circular = "Thông tư";
    public const string Law = "Luật";
    public const string LegalCode = "Bộ luật";
    public const string Ordinance = "Pháp lệnh";
    public const string Programme = "Chương trình";
    public const string ActionProgramme = "Chương trình hành động";
    public const string Project = "Đề án";
    public const string Guidance = "Hướng dẫn";
    public const string Conclusion = "Kết luận";
    public const string Regulation = "Quy định";
    public const string JointCircular = "Thông tư liên tịch";
    public const string JointResolution = "Nghị quyết liên tịch";
    public const string Dispatch = "Công điện";
    public const string Consolidated = "Văn bản hợp nhất";

    /// <summary>"Văn bản": what many provinces call an administrative letter ("Văn bản số 215/UBND-KT").</summary>
    public const string Document = "Văn bản";

    private static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>
    {
        ["NQ"] = Resolution, ["QĐ"] = Decision, ["KH"] = Plan, ["TB"] = Notice, ["CV"] = OfficialLetter,
        ["GM"] = Invitation, ["NĐ"] = Decree, ["CT"] = Directive, ["TT"] = Circular, ["BC"] = Report,
        ["TTr"] = Submission, ["HD"] = Guidance, ["CTr"] = Programme, ["ĐA"] = Project, ["KL"] = Conclusion,
        ["TTLT"] = JointCircular, ["NQLT"] = JointResolution, ["CĐ"] = Dispatch, ["VBHN"] = Consolidated,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The type a normalised number's symbol implies ("57-NQ/TW" → Nghị quyết); <c>null</c> without a symbol.</summary>
    public static string? FromSymbol(string number)
    {
        var first = SymbolHead(number);
        if (first is null)
        {
            return null;
        }

        return Codes.TryGetValue(first, out var type) ? type : OfficialLetter;
    }

    /// <summary>Whether the symbol starts with a type code ("12/KH-UBND", "57-NQ/TW"), not with its issuer ("46/UBND-VHXH").</summary>
    public static bool HasTypeCode(string number) => SymbolHead(number) is { } first && Codes.ContainsKey(first);

    private static string? SymbolHead(string number) =>
        number.Split('-', '/').Skip(1).FirstOrDefault(p => p.Length > 0 && !p.All(char.IsAsciiDigit));
}
