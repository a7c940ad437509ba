namespace TongHop.Text.Normalization;

/// <summary>Levenshtein distance (insertions, deletions, substitutions of one char each cost 1).</summary>
public static class EditDistance
{
    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="limit"/> + 1 as soon as it
    /// must exceed <paramref name="limit"/> (so a search over many names stays cheap).
    /// </summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit = int.MaxValue - 1)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        Span<int> buffer = b.Length < 256 ? stackalloc int[2 * (b.Length + 1)] : new int[2 * (b.Length + 1)];
        var previous = buffer[..(b.Length + 1)];
        var current = buffer[(b.Length + 1)..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
