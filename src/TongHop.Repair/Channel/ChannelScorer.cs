namespace TongHop.Repair.Channel;

/// <summary>
/// Weighted edit distance between a clean syllable and an OCR token under the <see cref="ConfusionModel"/>:
/// the cheapest sequence of per-character renderings (keep, substitute, drop, insert, split into two) that
/// turns the syllable into the token. Both sides lower case. Thread-safe; no allocation for short tokens.
/// </summary>
public sealed class ChannelScorer(ConfusionModel confusion)
{
    private const int MaxLength = 16;

    /// <summary>
    /// Cost of the n of "ng" read as m ("tmg" = ứng, "chimg" = chứng in real English OCR): the mark of the vowel before it
    /// runs into the n. The learnt table prices n → m at 6.8 nats (seen 15 times in the ocrsim pairs, anywhere), which
    /// with the vowel's own garble put the reading above keeping the token; before g no syllable has an m.
    /// </summary>
    private const float NgAsMgCost = 1f;

    /// <summary>
    /// Cost of a word's first Đ read as two of D, P and b ("DPVT", "PbOC" = ĐỐC, "bPUQC" = ĐƯỢC in real English OCR, where
    /// the stroke becomes a letter of its own): the ocrsim pairs showed it a few times (đ → dp 7.0 nats), about as often
    /// as the real scans show it where a Đ is read as P alone (3.05 nats).
    /// </summary>
    private const float TwoLetterDCost = 3f;

    /// <summary>
    /// Cost of a syllable's first letter, a horned u with a tone mark (ứng, ừ, ựa), read as t and one more letter ("ting",
    /// "trng" = ứng in real English OCR and in ocrsim's): the horn and the mark above it become a t's stem and bar. The learnt
    /// table has ứ → t (3.3 nats) but no price for the t before the vowel's own rendering, so the reading cost an unseen
    /// insertion (6 nats) and fell out of the candidates ("sử dụng ting dụng" came back *từng dụng*).
    /// </summary>
    private const float HornAsTCost = 2f;

    /// <summary>
    /// Cost of a syllable's first t and the marked horned u after it read as "wr" ("wr" = tử, từ in real English OCR: "điện
    /// wr", "chủ yếu wr trồng"): the t's stem runs into the u's left arm, and the mark becomes the r. The learnt table prices
    /// ư → w (2.3 nats) but no step takes two letters into one, so the t cost a deletion (6.5 nats) and the reading lost to
    /// keeping the token.
    /// </summary>
    private const float TAndHornedUAsWrCost = 2f;

    /// <summary>−ln P(ocr | clean), approximately; <see cref="float.PositiveInfinity"/> for over-long input.</summary>
    public float Cost(ReadOnlySpan<char> clean, ReadOnlySpan<char> ocr)
    {
        if (clean.Length > MaxLength || ocr.Length > MaxLength)
        {
            return float.PositiveInfinity;
        }

        // A char's insertion and deletion costs are looked up once, not at every cell of the table.
        Span<float> insert = stackalloc float[ocr.Length];
        for (var j = 0; j < ocr.Length; j++)
        {
            insert[j] = confusion.Insert(ocr[j]);
        }

        Span<float> delete = stackalloc float[clean.Length];
        for (var i = 0; i < clean.Length; i++)
        {
            delete[i] = confusion.Delete(clean[i]);
        }

        var width = ocr.Length + 1;
        Span<float> d = stackalloc float[(clean.Length + 1) * width];
        d.Fill(float.PositiveInfinity);
        d[0] = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            for (var j = 0; j <= ocr.Length; j++)
            {
                var here = d[(i * width) + j];
                if (float.IsPositiveInfinity(here))
                {
                    continue;
                }

                if (j < ocr.Length)
                {
                    Relax(d, (i * width) + j + 1, here + insert[j]);
                }

                if (i == clean.Length)
                {
                    continue;
                }

                Relax(d, ((i + 1) * width) + j, here + delete[i]);
                if (j < ocr.Length)
                {
                    var substitute = confusion.Substitute(clean[i], ocr[j]);
                    // "ng" read as "mg" (no syllable ends in "mg"): the n is lost in the mark of the vowel before it.
                    if (clean[i] == 'n' && ocr[j] == 'm' && i + 1 < clean.Length && clean[i + 1] == 'g'
                        && j + 1 < ocr.Length && ocr[j + 1] == 'g')
                    {
                        substitute = MathF.Min(substitute, NgAsMgCost);
                    }

                    Relax(d, ((i + 1) * width) + j + 1, here + substitute);
                }

                // The first t and a marked horned u read as a w and an r ("wr" = tử). Only with the r: a w alone is the u's own
                // rendering ("Trung wong" = Trung ương, "wu tiên" = ưu tiên), and tương must not undercut ương there.
                if (i == 0 && j == 0 && ocr.Length >= 2 && ocr[0] == 'w' && ocr[1] == 'r' && clean.Length >= 2 && clean[0] == 't'
                    && IsTonedHornedU(clean[1]))
                {
                    Relax(d, (2 * width) + 2, here + TAndHornedUAsWrCost);
                }

                if (j + 1 < ocr.Length)
                {
                    var split = confusion.Split(clean[i], ocr[j], ocr[j + 1]);
                    if (i == 0 && j == 0 && clean[0] == 'đ' && OcrFolding.StartsWithTwoLetterD(ocr))
                    {
                        split = MathF.Min(split, TwoLetterDCost);
                    }
                    else if (i == 0 && j == 0 && ocr[0] == 't' && IsTonedHornedU(clean[0]) && "iruw".Contains(ocr[1], StringComparison.Ordinal))
                    {
                        split = MathF.Min(split, HornAsTCost);
                    }

                    Relax(d, ((i + 1) * width) + j + 2, here + split);
                }
            }
        }

        return d[^1];
    }

    private static bool IsTonedHornedU(char c) => c is 'ứ' or 'ừ' or 'ử' or 'ữ' or 'ự';

    private static void Relax(Span<float> d, int index, float value)
    {
        if (value < d[index])
        {
            d[index] = value;
        }
    }
}
