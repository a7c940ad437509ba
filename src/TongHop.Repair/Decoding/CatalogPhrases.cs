using System.Text.Json;
using TongHop.Repair.LanguageModel;

namespace TongHop.Repair.Decoding;

/// <summary>
/// What the indicator catalog (<c>src/TongHop.Extraction/Indicators/Catalog/indicator-catalog.json</c>, the one home of what
/// reports call their figures; the repair's model folder carries the same file) says of how reports write: its phrases
/// (group titles, indicator names, phrasing terms and cue phrases of two words or more: "trang thông tin điện tử", "phấn
/// đấu", "phường có") and its unit words, written after a count ("236 tin, bài", "74 máy tính"). The decoder's document
/// cache starts every English-OCR document with their word pairs (a number and a unit's first word for a unit), as if
/// the document had read each once with confidence: the law-trained language model prefers "236 tấn" and "phần đầu năm".
/// The catalog's examples are not read (they are sentences of sample reports).
/// </summary>
internal static class CatalogPhrases
{
    /// <summary>The phrases and unit words of the catalog file's JSON text, each once.</summary>
    public static (IReadOnlyList<string> Phrases, IReadOnlyList<string> UnitWords) Read(string catalogJson)
    {
        using var document = JsonDocument.Parse(catalogJson);
        var root = document.RootElement;
        var phrases = new List<string>();
        var units = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("groups", out var groups) && groups.ValueKind == JsonValueKind.Object)
        {
            foreach (var group in groups.EnumerateObject())
            {
                AddPhrase(group.Value.ValueKind == JsonValueKind.String ? group.Value.GetString() : null);
            }
        }

        if (root.TryGetProperty("cues", out var cues) && cues.ValueKind == JsonValueKind.Object)
        {
            foreach (var cue in cues.EnumerateObject())
            {
                foreach (var phrase in Strings(cue.Value))
                {
                    AddPhrase(phrase);
                }
            }
        }

        if (root.TryGetProperty("indicators", out var indicators) && indicators.ValueKind == JsonValueKind.Array)
        {
            foreach (var indicator in indicators.EnumerateArray())
            {
                AddPhrase(indicator.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null);
                foreach (var phrasing in Strings(indicator, "phrasings"))
                {
                    foreach (var term in phrasing.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        AddPhrase(term.TrimStart('~'));
                    }
                }

                foreach (var unit in Strings(indicator, "unitWords"))
                {
                    if (unit.Trim() is { Length: > 0 } u && !units.Contains(u))
                    {
                        units.Add(u);
                    }

                    AddPhrase(unit);
                }
            }
        }

        return (phrases, units);

        // A single word has no neighbour to say anything of: only phrases of two words or more count.
        void AddPhrase(string? phrase)
        {
            phrase = phrase?.Trim();
            if (!string.IsNullOrEmpty(phrase) && phrase.Contains(' ', StringComparison.Ordinal) && seen.Add(phrase))
            {
                phrases.Add(phrase);
            }
        }
    }

    /// <summary>
    /// The word pairs of the catalog as <see cref="DocumentCache"/> keys: consecutive syllables of each phrase (a word the
    /// vocabulary lacks breaks the chain; punctuation between words does not: "tin, bài"), a number before the first
    /// word of each unit, and a unit of one word before a number (a table's unit column).
    /// </summary>
    public static ulong[] Pairs(string catalogJson, Vocabulary vocabulary)
    {
        var (phrases, units) = Read(catalogJson);
        return Pairs(phrases, units, vocabulary);
    }

    /// <summary>The word pairs of <paramref name="phrases"/> and of a number before each of <paramref name="units"/>, as in
    /// <see cref="Pairs(string, Vocabulary)"/>: for phrases given from elsewhere (a catalog edited in the database).</summary>
    public static ulong[] Pairs(IEnumerable<string> phrases, IEnumerable<string> units, Vocabulary vocabulary)
    {
        var pairs = new HashSet<ulong>();
        foreach (var phrase in phrases)
        {
            var previous = -1;
            foreach (var word in Words(phrase))
            {
                var id = vocabulary.TryGetId(Vocabulary.Normalize(word), out var found) && found >= vocabulary.FirstSyllable ? found : -1;
                if (previous >= 0 && id >= 0)
                {
                    pairs.Add(DocumentCache.Key(previous, id));
                }

                previous = id;
            }
        }

        foreach (var unit in units)
        {
            var unitWords = Words(unit).ToArray();
            if (unitWords.Length > 0 && vocabulary.TryGetId(Vocabulary.Normalize(unitWords[0]), out var id) && id >= vocabulary.FirstSyllable)
            {
                pairs.Add(DocumentCache.Key(Vocabulary.Number, id));
                // A table's unit column stands before the figures ("Máy tính phục vụ công tác | máy | 52 | 60"): a unit of one
                // word before a number too. The last word of a longer unit is not taken: "tài khoản", "đường cáp" would make
                // "khoảng 15", "cấp 2" read khoản, cáp.
                if (unitWords.Length == 1)
                {
                    pairs.Add(DocumentCache.Key(id, Vocabulary.Number));
                }
            }
        }

        return [.. pairs.Order()];
    }

    private static IEnumerable<string> Words(string phrase) =>
        phrase.Split([' ', ',', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? Strings(value) : [];

    private static IEnumerable<string> Strings(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];
}
