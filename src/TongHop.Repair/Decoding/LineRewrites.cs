namespace TongHop.Repair.Decoding;

/// <summary>The loop of the certain rewrites made to a garbled document's lines before decoding (the motto, labels, quarters).</summary>
internal static class LineRewrites
{
    /// <summary>
    /// Rewrites each of the first <paramref name="maxLines"/> of <paramref name="lines"/> with <paramref name="rewrite"/> (which
    /// returns its line itself when it has nothing to change); returns the indices of the lines changed.
    /// </summary>
    public static List<int> Apply(string[] lines, Func<string, string> rewrite, int maxLines = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var changed = new List<int>();
        for (var i = 0; i < Math.Min(lines.Length, maxLines); i++)
        {
            var restored = rewrite(lines[i]);
            if (!string.Equals(restored, lines[i], StringComparison.Ordinal))
            {
                lines[i] = restored;
                changed.Add(i);
            }
        }

        return changed;
    }
}
