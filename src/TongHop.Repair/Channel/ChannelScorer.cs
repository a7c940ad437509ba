namespace TongHop.Repair.Channel;

/// <summary>
/// Weighted edit distance between a clean syllable and an OCR token under the <see cref="ConfusionModel"/>:
/// the cheapest sequence of per-character renderings (keep, substitute, drop, insert, split into two) that
/// turns the syllable into the token. Both sides lower case. Thread-safe; no allocation for short tokens.
/// </summary>
public sealed class ChannelScorer(ConfusionModel confusion)
{
    private const int MaxLength = 16;

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
                    Relax(d, ((i + 1) * width) + j + 1, here + confusion.Substitute(clean[i], ocr[j]));
                }

                if (j + 1 < ocr.Length)
                {
                    Relax(d, ((i + 1) * width) + j + 2, here + confusion.Split(clean[i], ocr[j], ocr[j + 1]));
                }
            }
        }

        return d[^1];
    }

    private static void Relax(Span<float> d, int index, float value)
    {
        if (value < d[index])
        {
            d[index] = value;
        }
    }
}
