using System.Text;
using TongHop.Text.Normalization;

namespace TongHop.Reading.Text;

/// <summary>How every reader hands over its lines: NFC, joined by <c>\n</c>, line ends trimmed, at most one blank line in a row.</summary>
internal static class TextLines
{
    public static string Join(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        var blank = true;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 && blank)
            {
                continue;
            }

            blank = line.Length == 0;
            builder.Append(line).Append('\n');
        }

        return VietnameseText.Nfc(builder.ToString().TrimEnd('\n'));
    }
}
