using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// "Sở" before a department's abbreviation joined by an ampersand (`Sở KH&CN`, `Sở GD&ĐT`, `Sở TN&MT`), as reports address
/// and copy their superior department ("Nơi nhận: - Sở KH&CN;", "UBND tỉnh b/c; Sở KH&CN"). English OCR reads Sở `S6`,
/// `S¢`, `S§`, `S@`, `Sa` or a bare `S`, and the language model, which sees the abbreviation as a symbol, knows `số` before a
/// symbol from every document number the law cites: it read Số, Sơ or Sẽ. No word but Sở stands before such an
/// abbreviation (a document number has digits: `Số 12/KH-SKHCN`), so the token is read Sở.
/// </summary>
internal static class DepartmentLabel
{
    /// <summary>Whether token <paramref name="t"/> of the line is a garbled Sở before an abbreviation with an ampersand.</summary>
    public static bool IsLabel(string line, IReadOnlyList<RepairToken> tokens, int t)
    {
        if (t + 1 >= tokens.Count || tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        var core = tokens[t].Core(line);
        if (core.Length is 0 or > 2 || core[0] is not ('S' or '$') || (core.Length == 2 && !GarbledO.Contains(core[1])))
        {
            return false;
        }

        // The token must touch the abbreviation (a blank between, nothing else).
        var end = tokens[t].CoreStart + tokens[t].CoreLength;
        if (tokens[t + 1].CoreStart != end + 1 || line[end] != ' ')
        {
            return false;
        }

        return IsAmpersandAbbreviation(tokens[t + 1].Core(line));
    }

    // What English OCR makes of ở: o, its marks lost or read as a digit or sign.
    private const string GarbledO = "oO06ôóòdaG@&§¢";

    // Capitals (Đ read as D, P or B included), an ampersand, capitals: KH&CN, GD&ĐT, NN&PTNT, LĐTB&XH.
    private static bool IsAmpersandAbbreviation(ReadOnlySpan<char> core)
    {
        var ampersand = core.IndexOf('&');
        if (ampersand < 1 || ampersand == core.Length - 1 || core[(ampersand + 1)..].Contains('&'))
        {
            return false;
        }

        foreach (var c in core)
        {
            if (c != '&' && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
