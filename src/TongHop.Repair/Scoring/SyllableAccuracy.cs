namespace TongHop.Repair.Scoring;

/// <summary>
/// Exact syllable accuracy of a restored text against its clean transcription: both are split into
/// whitespace tokens with edge punctuation removed, aligned by Levenshtein distance over whole tokens,
/// and the share of clean tokens matched exactly (case and accents included) is returned. Texts with the
/// same number of lines are aligned line by line (as the shared samples are); otherwise as one stream.
/// </summary>
public static class SyllableAccuracy
{
    /// <summary>Matched clean tokens / clean tokens, in [0, 1] (1.0 when the clean text has no tokens).</summary>
    public static double Measure(string restored, string clean)
    {
        var (matched, total) = Count(restored, clean);
        return total == 0 ? 1.0 : (double)matched / total;
    }

    /// <summary>Exactly matched clean tokens and the clean token count.</summary>
    public static (int Matched, int Total) Count(string restored, string clean)
    {
        ArgumentNullException.ThrowIfNull(restored);
        ArgumentNullException.ThrowIfNull(clean);
        var restoredLines = restored.Split('\n');
        var cleanLines = clean.Split('\n');
        if (restoredLines.Length != cleanLines.Length)
        {
            var all = Tokens(clean);
            return (Matches(Tokens(restored), all), all.Length);
        }

        int matched = 0, total = 0;
        for (var i = 0; i < cleanLines.Length; i++)
        {
            var reference = Tokens(cleanLines[i]);
            matched += Matches(Tokens(restoredLines[i]), reference);
            total += reference.Length;
        }

        return (matched, total);
    }

    /// <summary>Whitespace tokens without edge punctuation; empty ones dropped.</summary>
    public static string[] Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => Text.Syllables.WordShape.Core(t).ToString())
            .Where(t => t.Length > 0)];
    }

    /// <summary>Tokens matched exactly by a minimum-edit alignment (substitution, insertion, deletion cost 1).</summary>
    public static int Matches(string[] hypothesis, string[] reference)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        var n = reference.Length;
        var m = hypothesis.Length;
        // Costs and, as tie-break, the most exact matches: score = cost * (n + m + 1) - matches.
        var scale = (long)n + m + 1;
        var previous = new long[m + 1];
        var current = new long[m + 1];
        for (var j = 0; j <= m; j++)
        {
            previous[j] = j * scale;
        }

        for (var i = 1; i <= n; i++)
        {
            current[0] = i * scale;
            for (var j = 1; j <= m; j++)
            {
                var same = string.Equals(reference[i - 1], hypothesis[j - 1], StringComparison.Ordinal);
                var diagonal = previous[j - 1] + (same ? -1 : scale);
                current[j] = Math.Min(diagonal, Math.Min(previous[j], current[j - 1]) + scale);
            }

            (previous, current) = (current, previous);
        }

        var best = previous[m];
        var cost = (best + scale - 1) / scale;
        return (int)((cost * scale) - best);
    }
}
