using System.Collections.Frozen;

namespace TongHop.Text.Syllables;

/// <summary>
/// The tables behind <see cref="VietnameseSyllable.IsValid"/>: Vietnamese orthography writes a syllable as
/// onset + rhyme (+ one tone mark), and both parts come from short closed lists.
/// </summary>
internal static class PhonotacticRules
{
    /// <summary>Written onsets, longest first so the split tries "ngh" before "ng" before "n".</summary>
    public static readonly string[] Onsets =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x", "",
    ];

    /// <summary>Rhymes without tone marks (vowel-quality marks kept), as written after a consonant onset.</summary>
    public static readonly FrozenSet<string> Rhymes = new[]
    {
        "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "eo", "ec", "em", "en", "eng", "ep", "et",
        "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
        "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
        "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet",
        "oi", "oc", "om", "on", "ong", "op", "ot", "ooc", "oong",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uân", "uâng", "uât", "uây", "uc", "uê", "uêch", "uên", "uênh", "uêt",
        "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu", "uyn",
        "ui", "um", "un", "ung", "up", "ut", "uôc", "uôi", "uôm", "uôn", "uông", "uôp", "uôt", "uơ",
        "ư", "ưa", "ưi", "ưu", "ưc", "ưng", "ưm", "ưn", "ưt",
        "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
        "y", "ych", "ynh", "yt",
        // Place names from minority languages keep a final k and a bare iê: Đắk Lắk, Kon Tum, Bắc Kạn, Niê.
        "ak", "ăk", "âk", "ek", "êk", "ok", "ôk", "ơk", "uk", "ưk", "ik", "iê",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Rhymes that only stand without an onset (yên, yêu, yết) or after "qu"/"ng" + u-glide.</summary>
    public static readonly FrozenSet<string> OnsetlessRhymes = new[]
    {
        "yêm", "yên", "yêt", "yêu", "yêng",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"qu" carries the u-glide itself, so its rhymes are written without the leading u.</summary>
    public static readonly FrozenSet<string> QuRhymes = new[]
    {
        "a", "ac", "ach", "ai", "an", "ang", "anh", "at", "ay", "ao", "ăc", "ăm", "ăn", "ăng", "ăt",
        "ân", "âng", "ât", "ây", "e", "en", "eo", "et", "ê", "ên", "ênh", "êt", "êch",
        "i", "in", "inh", "it", "ich", "y", "yên", "yêt", "ynh", "ych", "yt", "ơ", "ơn", "ơi",
        "ôc", "yêu", "ang", "am", "ăp",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Rhymes that follow "gi" when the i belongs to the onset: gì = gi + (i), giặt = gi + ăt.</summary>
    public static bool IsGiRhyme(string rhyme) => rhyme.Length == 0 || (Rhymes.Contains(rhyme) && rhyme[0] != 'i');

    /// <summary>
    /// k, gh and ngh are written before front vowels (i, e, ê, iê); c, g and ng before the others.
    /// </summary>
    public static bool OnsetFitsRhyme(string onset, string rhyme)
    {
        var front = rhyme.Length > 0 && rhyme[0] is 'i' or 'e' or 'ê' or 'y';
        return onset switch
        {
            "k" => front || rhyme[0] is 'a' or 'ạ' or 'o' or 'ô',
            "gh" or "ngh" => front,
            "c" or "ng" => !front,
            "g" => !front || rhyme.StartsWith('i'),
            "q" => false,
            _ => true,
        };
    }

    /// <summary>A rhyme closed by a stop (c, ch, p, t) takes only the sắc or nặng tone (names with k are exempt: Đăk).</summary>
    public static bool IsStopRhyme(string rhyme) =>
        rhyme.EndsWith('c') || rhyme.EndsWith("ch", StringComparison.Ordinal) || rhyme.EndsWith('p') || rhyme.EndsWith('t');
}
