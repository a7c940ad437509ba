using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace TongHop.Text.Syllables;

/// <summary>
/// The attested Vietnamese syllables (about 6,100, lower case, old-style tone placement: hòa, thủy, ủy),
/// with corpus counts, loaded once from the embedded <c>Data/syllables.tsv</c> (built from
/// <c>shared/corpus/syllables.tsv</c>). Immutable and thread-safe.
/// </summary>
public sealed class SyllableInventory
{
    private static readonly Lazy<SyllableInventory> LazyDefault = new(LoadEmbedded);

    private readonly FrozenDictionary<string, int> indexByForm;
    private readonly FrozenDictionary<string, string> canonicalBySpelling;
    private readonly long[] counts;

    private SyllableInventory(IReadOnlyList<string> forms, long[] counts, Dictionary<string, string> aliases)
    {
        Forms = forms;
        this.counts = counts;
        indexByForm = forms.Select((f, i) => (f, i)).ToFrozenDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        canonicalBySpelling = aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The inventory shipped with TongHop.</summary>
    public static SyllableInventory Default => LazyDefault.Value;

    /// <summary>Canonical forms, most frequent first.</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>Whether the lower-case <paramref name="syllable"/> is attested (either tone placement).</summary>
    public bool Contains(string syllable) => TryGetCanonical(syllable, out _);

    /// <summary>Maps a lower-case attested spelling to its canonical old-style form: "hoà" → "hòa".</summary>
    public bool TryGetCanonical(string syllable, out string canonical)
    {
        ArgumentNullException.ThrowIfNull(syllable);
        if (indexByForm.ContainsKey(syllable))
        {
            canonical = syllable;
            return true;
        }

        return canonicalBySpelling.TryGetValue(syllable, out canonical!);
    }

    /// <summary>Corpus count of a canonical form (0 when unknown).</summary>
    public long CountOf(string canonical) =>
        indexByForm.TryGetValue(canonical, out var i) ? counts[i] : 0;

    private static SyllableInventory LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TongHop.Text.Syllables.syllables.tsv")
            ?? throw new InvalidOperationException("The syllable inventory resource is missing from TongHop.Text.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Reads the TSV format of <c>Data/syllables.tsv</c>: form, count, comma-separated other spellings.</summary>
    internal static SyllableInventory Parse(TextReader reader)
    {
        var forms = new List<string>();
        var counts = new List<long>();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            forms.Add(fields[0]);
            counts.Add(long.Parse(fields[1], CultureInfo.InvariantCulture));
            if (fields.Length > 2 && fields[2].Length > 0)
            {
                foreach (var alias in fields[2].Split(','))
                {
                    aliases.TryAdd(alias, fields[0]);
                }
            }
        }

        return new SyllableInventory(forms, [.. counts], aliases);
    }
}
