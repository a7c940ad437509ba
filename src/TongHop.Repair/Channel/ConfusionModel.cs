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
    private readonly float unseenSameLetter = 2.5f;
    private readonly float unseenSymbol = 3.5f;
    private readonly float unseenOther = 8f;
    private readonly float unseenDeletion = 5f;
    private readonly float unseenInsertion = 6f;
    private readonly float unseenSplit = 9f;

    // Dense tables over the characters that matter (Latin, Latin-1, Vietnamese letters, the OCR's symbols):
    // the candidate scorer asks for millions of costs when a document is new, so lookups must be array reads.
    private const int IndexedRange = 0x2200;

    private readonly Dictionary<ulong, float> costs;
    private readonly ushort[] charIndex = new ushort[IndexedRange];
    private readonly int indexed;
    private readonly float[] substitute;
    private readonly bool[] hasSplit;

    private ConfusionModel(Dictionary<ulong, float> costs, Dictionary<string, float> unseen, Dictionary<string, float>? noisy = null)
    {
        this.costs = costs;
        unseenSameLetter = unseen.GetValueOrDefault("same-letter", unseenSameLetter);
        unseenSymbol = unseen.GetValueOrDefault("symbol", unseenSymbol);
        unseenOther = unseen.GetValueOrDefault("other", unseenOther);
        unseenDeletion = unseen.GetValueOrDefault("deletion", unseenDeletion);
        unseenInsertion = unseen.GetValueOrDefault("insertion", unseenInsertion);
        unseenSplit = unseen.GetValueOrDefault("split", unseenSplit);
        ChangeCost = unseen.GetValueOrDefault("change", 0f);
        if (unseen.TryGetValue("tone-backoff", out var toneBackoff))
        {
            AddToneBackoff(costs, toneBackoff);
        }

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

        if (noisy is { Count: > 0 })
        {
            // The same learnt costs with the noisy text's prices of what was never seen (the tone back-off already added).
            var overridden = new Dictionary<string, float>(unseen, StringComparer.Ordinal);
            overridden.Remove("tone-backoff");
            foreach (var (kind, cost) in noisy)
            {
                overridden[kind] = cost;
            }

            Noisy = new ConfusionModel(costs, overridden);
        }

        hasSplit = new bool[indexed];
        foreach (var key in costs.Keys.Where(k => (k & 0xFFFF) != 0 && (k >> 32) < IndexedRange))
        {
            hasSplit[charIndex[(int)(key >> 32)]] = true;
        }
    }

    /// <summary>
    /// Cost of a token's reading that differs from what the OCR wrote, on top of its characters' costs (the <c>U change</c>
    /// row): the prior that the OCR erred on a word at all. 0 for English OCR, which errs on most words; a few nats for an
    /// OCR that is right almost everywhere, so that only a clear gain of the language model changes a word.
    /// </summary>
    public float ChangeCost { get; }

    /// <summary>
    /// The channel for a text that reads badly (a photocopy's broken strokes, see <see cref="RepairOptions.NoisyVietnameseOcrQuality"/>):
    /// the same learnt costs with the prices of operations never seen taken from the <c>N</c> rows (<c>N other 6</c>: a
    /// broken stroke turns one letter into another, <c>các</c> read <c>cúc</c>, which the clean renderings the table was
    /// learnt from never did); null when the file has none.
    /// </summary>
    public ConfusionModel? Noisy { get; }

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
            return lookAlike && !char.IsLetter(ocr) ? MathF.Min(cost, unseenSymbol) : cost;
        }

        if (clean == ocr)
        {
            return 0.3f;
        }

        return !lookAlike ? unseenOther : char.IsLetter(ocr) ? unseenSameLetter : unseenSymbol;
    }

    /// <summary>Cost of clean char <paramref name="clean"/> read as two chars (ủ → "ti", ứ → "ir").</summary>
    public float Split(char clean, char ocr1, char ocr2)
    {
        if (clean < IndexedRange && charIndex[clean] != 0 && !hasSplit[charIndex[clean]])
        {
            return unseenSplit;
        }

        return costs.TryGetValue(Key(clean, ocr1, ocr2), out var cost) ? cost : unseenSplit;
    }

    /// <summary>Cost of clean char <paramref name="clean"/> lost by the OCR.</summary>
    public float Delete(char clean) => costs.TryGetValue(Key(clean, '\0', '\0'), out var cost) ? cost : unseenDeletion;

    /// <summary>Cost of an OCR char with no clean counterpart.</summary>
    public float Insert(char ocr) => costs.TryGetValue(Key('\0', ocr, '\0'), out var cost) ? cost : unseenInsertion;

    /// <summary>
    /// Reads the <c>C</c> rows (clean, ocr, cost) of a confusion TSV, its <c>U</c> rows (kind, cost: the price of
    /// operations never seen, e.g. <c>U same-letter 6</c> where an OCR seldom errs) and its <c>N</c> rows (the same for
    /// noisy text, <see cref="Noisy"/>); other rows are ignored.
    /// </summary>
    public static ConfusionModel Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var costs = new Dictionary<ulong, float>();
        var unseen = new Dictionary<string, float>(StringComparer.Ordinal);
        var noisy = new Dictionary<string, float>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length >= 3 && f[0] is "U" or "N")
            {
                (f[0] == "U" ? unseen : noisy)[f[1]] = float.Parse(f[2], CultureInfo.InvariantCulture);
                continue;
            }

            if (f.Length < 4 || f[0] != "C" || f[1].Length > 1 || f[2].Length > 2)
            {
                continue;
            }

            var clean = f[1].Length == 1 ? f[1][0] : '\0';
            var ocr1 = f[2].Length > 0 ? f[2][0] : '\0';
            var ocr2 = f[2].Length > 1 ? f[2][1] : '\0';
            costs[Key(clean, ocr1, ocr2)] = float.Parse(f[3], CultureInfo.InvariantCulture);
        }

        return new ConfusionModel(costs, unseen, noisy);
    }

    /// <summary>
    /// Fills the renderings a toned vowel was never seen with from its tone family (the same letter under the other
    /// tones written above it: ử beside ư ứ ừ ữ), at <paramref name="penalty"/> nats more than the family's cheapest. English OCR
    /// renders the letter's shape, not its tone, and the rarer tones (ử, ẳ, ỡ) are seen a few dozen times in the
    /// training pairs where the common ones are seen hundreds: "tir" was ừ's rendering only, so điện tử came back as
    /// điện từ. A rendering that itself carries a tone mark (ú, é) is tone evidence and is not shared, and a back-off
    /// never replaces a learnt cost or one dearer than the shape's own unseen price.
    /// </summary>
    private void AddToneBackoff(Dictionary<ulong, float> table, float penalty)
    {
        var added = new Dictionary<ulong, float>();
        foreach (var (key, cost) in table)
        {
            var clean = (char)(key >> 32);
            var ocr1 = (char)((key >> 16) & 0xFFFF);
            var ocr2 = (char)(key & 0xFFFF);
            if (clean == '\0' || HasTone(ocr1) || HasTone(ocr2) || ToneFamily(clean) is not { } family)
            {
                continue;
            }

            foreach (var member in family)
            {
                var memberKey = Key(member, ocr1, ocr2);
                if (member == clean || table.ContainsKey(memberKey))
                {
                    continue;
                }

                var backedOff = cost + penalty;
                var unseenPrice = ocr1 == '\0' ? unseenDeletion
                    : ocr2 != '\0' ? unseenSplit
                    : member == ocr1 ? 0.3f
                    : !OcrFolding.IsLookAlike(ocr1, char.ToLowerInvariant(VietnameseText.FoldChar(member))) ? unseenOther
                    : char.IsLetter(ocr1) ? unseenSameLetter : unseenSymbol;
                if (backedOff < unseenPrice && (!added.TryGetValue(memberKey, out var known) || backedOff < known))
                {
                    added[memberKey] = backedOff;
                }
            }
        }

        foreach (var (key, cost) in added)
        {
            table[key] = cost;
        }
    }

    private static readonly char[] ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    private static bool HasTone(char c) => c > 0x7F && c.ToString().Normalize(System.Text.NormalizationForm.FormD).AsSpan().IndexOfAny(ToneMarks) >= 0;

    // The lower-case vowels that differ from c by a tone written above the letter or none (c itself included), or null
    // when c is no vowel or carries the dot below: that dot changes the letter's foot (ự is read "y" 286 times in the
    // pairs, ừ never), so it neither lends nor borrows.
    private static char[]? ToneFamily(char c)
    {
        const string vowels = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
        if (!vowels.Contains(c) || HasDotBelow(c))
        {
            return null;
        }

        var bare = StripTone(c);
        return [.. vowels.Where(v => StripTone(v) == bare && !HasDotBelow(v))];
    }

    private static bool HasDotBelow(char c) => c.ToString().Normalize(System.Text.NormalizationForm.FormD).Contains('\u0323');

    private static char StripTone(char c)
    {
        var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        var kept = new string([.. decomposed.Where(ch => Array.IndexOf(ToneMarks, ch) < 0)]);
        return kept.Normalize(System.Text.NormalizationForm.FormC)[0];
    }

    private static ulong Key(char clean, char ocr1, char ocr2) => ((ulong)clean << 32) | ((ulong)ocr1 << 16) | ocr2;
}
