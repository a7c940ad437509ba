using System.Text;

namespace TongHop.Reading.Text;

/// <summary>
/// Decodes TCVN3 (ABC), the 8-bit Vietnamese encoding of the <c>.VnTime</c> fonts, to Unicode.
/// Source: TCVN 5712:1993 "Công nghệ thông tin – Bộ mã chuẩn 8-bit kí tự Việt dùng trong trao đổi
/// thông tin", table VN3, whose upper half (0xA0–0xFF) is the VN1 table's (as in GNU libiconv's
/// TCVN converter). Bytes 0x00–0x7F are ASCII. Capitals with tone marks have no codes in VN3:
/// offices typed them with the lower-case codes in the capitals-only font <c>.VnTimeH</c>, so they
/// decode as lower case. The VN1 capitals at 0x80–0x9F and the combining marks at 0xB0–0xB4 are kept
/// because some converters wrote them.
/// </summary>
public static class Tcvn3Encoding
{
    public const string Name = "tcvn3";

    // Unicode for bytes 0x80..0xFF, 16 per row.
    private static readonly string High =
        "\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128" + // 0x80
        "\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168" + // 0x90
        "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0" + // 0xA0: Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ
        "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4" + // 0xB0: à ả ã á ạ at B5–B9
        "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD" + // 0xC0
        "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2" + // 0xD0
        "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9" + // 0xE0
        "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";  // 0xF0

    /// <summary>Decodes every byte; the result is not yet normalised (it may hold combining marks).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append(b < 0x80 ? (char)b : High[b - 0x80]);
        }

        return builder.ToString();
    }
}
