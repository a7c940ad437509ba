namespace TongHop.Repair.Decoding;

/// <summary>
/// Page numbers in the OCR text of a scan: Decree 30/2020 numbers pages from 2 at the top centre, so the OCR of a
/// multi-page report carries lines "2", "3", "4"… between the pages' text. They are not part of the report; a line is
/// taken as one only when it holds nothing but the next number of that sequence (one missed page allowed) and stands
/// next to a blank line, so a figure of a table read line by line is not mistaken for one.
/// </summary>
internal static class PageNumbers
{
    /// <summary>Which of the <paramref name="lines"/> that are being repaired are page numbers.</summary>
    public static bool[] Find(string[] lines, bool[] repair)
    {
        var found = new bool[lines.Length];
        var expected = 2;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].AsSpan().Trim();
            if (!repair[i] || text.Length is 0 or > 3 || text.ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }

            var value = int.Parse(text, provider: System.Globalization.CultureInfo.InvariantCulture);
            var besideBlank = (i > 0 && string.IsNullOrWhiteSpace(lines[i - 1])) || (i + 1 < lines.Length && string.IsNullOrWhiteSpace(lines[i + 1]));
            if (besideBlank && (value == expected || value == expected + 1))
            {
                found[i] = true;
                expected = value + 1;
            }
        }

        return found;
    }
}
