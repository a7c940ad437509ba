using System.Globalization;
using TongHop.Text.Normalization;

namespace TongHop.Repair.Channel;

/// <summary>
/// The learned English-OCR channel: the cost (−ln P) of each way one clean character is rendered
/// (ố → "6", ủ → "i", ư → "ir", đ → "p", ệ → "é"), read from <c>Model/confusion.tsv</c>, which
/// <c>tools/repair/build_confusion.py</c> learns from ocrsim pairs. Operations never seen get a cost from
/// the letters' shapes: same base letter is cheap, anything else dear. Immutable and thread-safe.
/// </summary>
public sealed class ConfusionModel
{
    private const float UnseenSameLetter = 2.5f;
    private const float UnseenOther = 8f;
    private const float UnseenDeletion = 5f;
    private const float UnseenInsertion = 5f;
    private const float UnseenSplit = 9f;

    private readonly Dictionary<ulong, float> costs;

    private ConfusionModel(Dictionary<ulong, float> costs) => this.costs = costs;

    /// <summary>Cost of clean char <paramref name="clean"/> read as <paramref name="ocr"/>.</summary>
    public float Substitute(char clean, char ocr)
    {
        if (costs.TryGetValue(Key(clean, ocr, '\0'), out var cost))
        {
            return cost;
        }

        if (clean == ocr)
        {
            return 0.3f;
        }

        return char.ToLowerInvariant(VietnameseText.FoldChar(clean)) == OcrFolding.FoldChar(ocr) ? UnseenSameLetter : UnseenOther;
    }

    /// <summary>Cost of clean char <paramref name="clean"/> read as two chars (ủ → "ti", ứ → "ir").</summary>
    public float Split(char clean, char ocr1, char ocr2) =>
        costs.TryGetValue(Key(clean, ocr1, ocr2), out var cost) ? cost : UnseenSplit;

    /// <summary>Cost of clean char <paramref name="clean"/> lost by the OCR.</summary>
    public float Delete(char clean) => costs.TryGetValue(Key(clean, '\0', '\0'), out var cost) ? cost : UnseenDeletion;

    /// <summary>Cost of an OCR char with no clean counterpart.</summary>
    public float Insert(char ocr) => costs.TryGetValue(Key('\0', ocr, '\0'), out var cost) ? cost : UnseenInsertion;

    /// <summary>Reads the <c>C</c> rows (clean, ocr, cost) of a confusion TSV; other rows are ignored.</summary>
    public static ConfusionModel Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var costs = new Dictionary<ulong, float>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 4 || f[0] != "C" || f[1].Length > 1 || f[2].Length > 2)
            {
                continue;
            }

            var clean = f[1].Length == 1 ? f[1][0] : '\0';
            var ocr1 = f[2].Length > 0 ? f[2][0] : '\0';
            var ocr2 = f[2].Length > 1 ? f[2][1] : '\0';
            costs[Key(clean, ocr1, ocr2)] = float.Parse(f[3], CultureInfo.InvariantCulture);
        }

        return new ConfusionModel(costs);
    }

    private static ulong Key(char clean, char ocr1, char ocr2) => ((ulong)clean << 32) | ((ulong)ocr1 << 16) | ocr2;
}
