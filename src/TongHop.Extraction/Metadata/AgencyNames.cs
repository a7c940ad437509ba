using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Finds the issuing body's name at the start of a header line, in capitals or garbled by OCR ("SO KHOA HQC VA CONG
/// NGHE", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BỆNH VIỆN ĐA KHOA …"), among the names of
/// <see cref="AdministrativeUnits.Agencies"/>, so the issuer is written in its official spelling. The longest name wins
/// ("Bệnh viện Đa khoa" over "Bệnh viện"); a name matches exactly on folded words, or within one edit in eight letters.
/// </summary>
public static class AgencyNames
{
    private static readonly Lazy<(Agency Agency, string Key)[]> Keyed = new(() =>
        AdministrativeUnits.Official.Agencies
            .Select(a => (a, AdministrativeUnits.Key(a.Name)))
            .OrderByDescending(p => p.Item2.Length)
            .ToArray());

    /// <summary>An agency whose name starts <paramref name="text"/>, with the length of the text it covers; <c>null</c> when none.</summary>
    public static (Agency Agency, int Length)? AtStart(string text, Func<Agency, bool>? accept = null)
    {
        var key = AdministrativeUnits.Key(text);
        if (key.Length == 0)
        {
            return null;
        }

        // Exact, on word boundaries; the longest name first.
        foreach (var (agency, agencyKey) in Keyed.Value)
        {
            if ((accept is null || accept(agency)) && key.StartsWith(agencyKey, StringComparison.Ordinal) &&
                (key.Length == agencyKey.Length || key[agencyKey.Length] == ' ') && !OtherMarks(text, agency, agencyKey))
            {
                return (agency, TextLength(text, agencyKey.Count(c => c == ' ') + 1));
            }
        }

        // OCR: the same number of words, a few letters wrong; the nearest name, and only one at that distance. Only names
        // of three words or more ("Sở Y tế" is too short to guess).
        var words = key.Split(' ');
        (Agency Agency, int Words)? best = null;
        int bestDistance = int.MaxValue, tied = 0;
        foreach (var (agency, agencyKey) in Keyed.Value)
        {
            var count = agencyKey.Count(c => c == ' ') + 1;
            if (count < 3 || count > words.Length || (accept is not null && !accept(agency)))
            {
                continue;
            }

            var limit = Math.Max(1, agencyKey.Length / 8);
            var distance = EditDistance.Compute(string.Join(' ', words.Take(count)), agencyKey, limit);
            if (distance > limit || distance > bestDistance)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                (best, bestDistance, tied) = ((agency, count), distance, 0);
            }
            else if (best?.Agency.Name != agency.Name)
            {
                tied++;
            }
        }

        return best is { } b && tied == 0 ? (b.Agency, TextLength(text, b.Words)) : null;
    }

    // A one-word kind whose letters the text's first word shares but not its marks ("VIỄN THÔNG ĐẮK LẮK" is no "Viện"):
    // only where the text writes marks at all (English OCR's bare "VIEN" may be either).
    private static bool OtherMarks(string text, Agency agency, string agencyKey)
    {
        if (agencyKey.Contains(' '))
        {
            return false;
        }

        var first = MetadataWords.Split(text).FirstOrDefault() ?? "";
        return first.Any(c => c > 'z' && char.IsLetter(c)) &&
               !string.Equals(first, agency.Name.Split(' ')[0], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the whole of <paramref name="text"/> is an agency's name (exactly, on folded words).</summary>
    public static bool IsWholeName(string text) =>
        AtStart(text) is { } found && AdministrativeUnits.Key(text[found.Length..]).Length == 0;

    // The length of the first `words` words of text (letters and digits runs; punctuation between them is skipped).
    private static int TextLength(string text, int words)
    {
        var i = 0;
        for (var w = 0; w < words && i < text.Length; w++)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }
}
