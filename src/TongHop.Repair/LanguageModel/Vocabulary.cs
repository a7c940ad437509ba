using System.Collections.Frozen;
using TongHop.Text.Normalization;
using TongHop.Text.Syllables;

namespace TongHop.Repair.LanguageModel;

/// <summary>
/// The language model's word list: sentence markers, classes for numbers and symbols, punctuation, the
/// syllable inventory and frequent non-syllable words (abbreviations written in lower case: ubnd).
/// Ids fit in 16 bits so an n-gram packs into one integer. Immutable and thread-safe.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>Sentence (paragraph) start.</summary>
    public const int Start = 0;
    /// <summary>Sentence (paragraph) end.</summary>
    public const int End = 1;
    /// <summary>Any word outside the vocabulary.</summary>
    public const int Unknown = 2;
    /// <summary>Any number or date.</summary>
    public const int Number = 3;
    /// <summary>Any document symbol, URL or code (57-NQ/TW).</summary>
    public const int Symbol = 4;

    /// <summary>
    /// Punctuation the model sees as words; it marks clause and sentence edges. The percent sign after a number is one
    /// too: "tăng 8,2%" and "tầng 14" are both a word and a number, and only the sign tells a rate from a floor.
    /// </summary>
    public const string Punctuation = ",.;:()?!-\"%";

    /// <summary>The largest vocabulary that still packs three ids into 48 bits.</summary>
    public const int MaxSize = 65535;

    private readonly FrozenDictionary<string, int> ids;

    /// <summary>Creates a vocabulary from its words in id order (the first entries are the fixed markers).</summary>
    public Vocabulary(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count > MaxSize)
        {
            throw new ArgumentException($"At most {MaxSize} words fit in 16-bit ids.", nameof(words));
        }

        Words = words;
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            map.TryAdd(words[i], i);
        }

        ids = map.ToFrozenDictionary(StringComparer.Ordinal);
        FirstSyllable = Array.IndexOf([.. words], SyllableInventory.Default.Forms[0]);
    }

    /// <summary>Words by id.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The id of the first inventory syllable (syllables are numbered from here, most frequent first).</summary>
    public int FirstSyllable { get; }

    /// <summary>Number of words.</summary>
    public int Count => Words.Count;

    /// <summary>The fixed head of every vocabulary: markers, classes and punctuation.</summary>
    public static IEnumerable<string> FixedHead() =>
        new[] { "<s>", "</s>", "<unk>", "<num>", "<sym>" }.Concat(Punctuation.Select(c => c.ToString()));

    /// <summary>The id of a lower-case word, or <see cref="Unknown"/>.</summary>
    public int IdOf(string word) => ids.TryGetValue(word, out var id) ? id : Unknown;

    /// <summary>The id of a lower-case word if it is known.</summary>
    public bool TryGetId(string word, out int id) => ids.TryGetValue(word, out id);

    /// <summary>The id of a punctuation char, or -1 when the model ignores it.</summary>
    public static int PunctuationId(char c)
    {
        var i = Punctuation.IndexOf(c, StringComparison.Ordinal);
        return i < 0 ? -1 : Symbol + 1 + i;
    }

    /// <summary>Lower-cases and maps a word to its canonical old-style spelling when the inventory knows it.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var lower = VietnameseText.Lower(word);
        return SyllableInventory.Default.TryGetCanonical(lower, out var canonical) ? canonical : lower;
    }
}
