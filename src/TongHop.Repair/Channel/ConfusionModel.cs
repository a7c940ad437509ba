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
    private const float UnseenSymbol = 3.5f;
    private const float UnseenOther = 8f;
    private const float UnseenDeletion = 5f;
    private const float UnseenInsertion = 6f;
    private const float UnseenSplit = 9f;

    // Dense tables over the characters that matter (Latin, Latin-1, Vietnamese letters, the OCR's symbols):
    // the candidate scorer asks for millions of costs when a document is new, so lookups must be array reads.
    private const int IndexedRange = 0x2200;

    private readonly Dictionary<ulong, float> costs;
    private readonly ushort[] charIndex = new ushort[IndexedRange];
    private readonly int indexed;
    private readonly float[] substitute;
    private readonly bool[] hasSplit;

    private ConfusionModel(Dictionary<ulong, float> costs)
    {
        this.costs = costs;
        var chars = Enumerable.Range(0x20, 0x5F).Concat(Enumerable.Range(0xA0, 0x110)).Concat(Enumerable.Range(0x1EA0, 0x5A))
            .Concat(costs.Keys.SelectMany(k => new[] { (int)(k >> 32), (int)((k >> 16) & 0xFFFF) }))
            .Where(c => c is > 0 and < IndexedRange).Distinct().ToArray();
        indexed = chars.Length + 1;
        for (var i = 0; i < chars.Length; i++)
        {
            charIndex[chars[i]] = (ushort)(i + 1);
        }

        substitute = new float[indexed * indexed];
        foreach (var clean in chars)
        {
            foreach (var ocr in chars)
            {
                substitute[(charIndex[clean] * indexed) + charIndex[ocr]] = LookUpSubstitute((char)clean, (char)ocr);
            }
        }

        hasSplit = new bool[indexed];
        foreach (var key in costs.Keys.Where(k => (k & 0xFFFF) != 0 && (k >> 32) < IndexedRange))
        {
            hasSplit[charIndex[(int)(key >> 32)]] = true;
        }
    }

    /// <summary>Cost of clean char <paramref name="clean"/> read as <paramref name="ocr"/>.</summary>
    public float Substitute(char clean, char ocr)
    {
        if (clean < IndexedRange && ocr < IndexedRange && charIndex[clean] != 0 && charIndex[ocr] != 0)
        {
            return substitute[(charIndex[clean] * indexed) + charIndex[ocr]];
        }

        return LookUpSubstitute(clean, ocr);
    }

    private float LookUpSubstitute(char clean, char ocr)
    {
        var lookAlike = OcrFolding.IsLookAlike(ocr, char.ToLowerInvariant(VietnameseText.FoldChar(clean)));
        if (costs.TryGetValue(Key(clean, ocr, '\0'), out var cost))
        {
            // A symbol standing for a letter is rare in the training pairs: a handful of sightings must not price it
            // above what its shape says (S& = Sở and t& = tế were seen twice, 1& = lệ never).
            return lookAlike && !char.IsLetter(ocr) ? MathF.Min(cost, UnseenSymbol) : cost;
        }

        if (clean == ocr)
        {
            return 0.3f;
        }

        return !lookAlike ? UnseenOther : char.IsLetter(ocr) ? UnseenSameLetter : UnseenSymbol;
    }

    /// <summary>Cost of clean char <paramref name="clean"/> read as two chars (ủ → "ti", ứ → "ir").</summary>
    public float Split(char clean, char ocr1, char ocr2)
    {
        if (clean < IndexedRange && charIndex[clean] != 0 && !hasSplit[charIndex[clean]])
        {
            return UnseenSplit;
        }

        return costs.TryGetValue(Key(clean, ocr1, ocr2), out var cost) ? cost : UnseenSplit;
    }

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
