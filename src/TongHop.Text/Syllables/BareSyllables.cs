using System.Collections.Frozen;

namespace TongHop.Text.Syllables;

/// <summary>
/// Every toneless spelling that <see cref="PhonotacticRules"/> allows (onset + rhyme, lower case, vowel-quality
/// marks kept: "quyêt", "nghiêng") with the tones it may carry, built once from the rules. A spelling is an onset
/// followed by a rhyme from the closed lists, so enumerating those lists finds every one; lookups take a span.
/// </summary>
internal static class BareSyllables
{
    private static readonly FrozenDictionary<ulong, byte> TonesByKey = Build();

    /// <summary>Whether <paramref name="bare"/> (lower case, no tone mark) is a syllable that may carry <paramref name="tone"/>.</summary>
    public static bool Fits(ReadOnlySpan<char> bare, VietnameseTone tone) =>
        BareKey.TryCreate(bare, out var key) && Fits(key, tone);

    /// <summary>Whether the spelling packed in <paramref name="key"/> is a syllable that may carry <paramref name="tone"/>.</summary>
    public static bool Fits(ulong key, VietnameseTone tone) =>
        TonesByKey.TryGetValue(key, out var tones) && (tones & (1 << (int)tone)) != 0;

    /// <summary>The rules themselves, onset by onset (longest first), for one spelling and tone.</summary>
    internal static bool FitsByRules(string bare, VietnameseTone tone)
    {
        foreach (var onset in PhonotacticRules.Onsets)
        {
            if (!bare.StartsWith(onset, StringComparison.Ordinal))
            {
                continue;
            }

            var rhyme = bare[onset.Length..];
            if (RhymeFits(onset, rhyme) && ToneFits(rhyme, tone))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<ulong, byte> Build()
    {
        var rhymes = PhonotacticRules.Rhymes.Concat(PhonotacticRules.OnsetlessRhymes).Concat(PhonotacticRules.QuRhymes).Append("");
        var table = new Dictionary<ulong, byte>();
        foreach (var bare in PhonotacticRules.Onsets.SelectMany(onset => rhymes.Select(rhyme => onset + rhyme)).Distinct())
        {
            var tones = Enum.GetValues<VietnameseTone>().Where(tone => FitsByRules(bare, tone)).Aggregate(0, (mask, tone) => mask | (1 << (int)tone));
            if (tones != 0)
            {
                // Every rule spelling fits a key; a rule list that grew past the alphabet would fail here, loudly.
                table[BareKey.TryCreate(bare, out var key) ? key : throw new InvalidOperationException($"'{bare}' cannot be packed")] = (byte)tones;
            }
        }

        return table.ToFrozenDictionary();
    }

    private static bool RhymeFits(string onset, string rhyme) => onset switch
    {
        "" => PhonotacticRules.Rhymes.Contains(rhyme) || PhonotacticRules.OnsetlessRhymes.Contains(rhyme),
        "qu" => PhonotacticRules.QuRhymes.Contains(rhyme),
        "gi" => PhonotacticRules.IsGiRhyme(rhyme),
        _ => rhyme.Length > 0 && PhonotacticRules.Rhymes.Contains(rhyme) && PhonotacticRules.OnsetFitsRhyme(onset, rhyme),
    };

    // Stop-final rhymes (các, học, lập, kịch) admit only sắc or nặng.
    private static bool ToneFits(string rhyme, VietnameseTone tone) =>
        !PhonotacticRules.IsStopRhyme(rhyme) || tone is VietnameseTone.Rising or VietnameseTone.Heavy;
}
