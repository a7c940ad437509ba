using TongHop.Repair.LanguageModel;

namespace TongHop.Repair.Training;

/// <summary>
/// Words of one level that reports write in the same places, where the corpus writes one far more than the other: since the
/// reform of 1 July 2025 a ward (phường) and a commune (xã) are the same level of local government, and their reports are
/// written alike ("Bộ máy của xã gồm …", "Bộ máy của phường gồm …"), but law writes the commune far more often (its "phường"
/// stands mostly in "xã, phường, thị trấn"; the ward's own lines are lent to the commune as well); a mountain commune's village (bản) is its lowland neighbour's thôn ("các thôn,
/// bản", "trưởng bản"). The trainer counts, for a line of the corpus or the domain text, the trigrams around each such word
/// once more with its twin in its place, so that what precedes and follows "xã" in prose is learnt for "phường" too; the
/// rest of the line is not counted twice. "xã hội" (society) and "hợp tác xã" (a cooperative) are no level.
/// </summary>
public sealed class LevelTwins
{
    // (word, twin, the word is no level after this one, … before this one, a line holding the twin is left alone).
    private static readonly (string Word, string Twin, string? NotAfter, string? NotBefore, bool SkipWithTwin)[] Rules =
    [
        ("xã", "phường", "tác", "hội", true),
        ("thôn", "bản", null, null, false),
        ("phường", "xã", null, null, true),
    ];

    private readonly (int Word, int Twin, int NotAfter, int NotBefore, bool SkipWithTwin)[] rules;
    private readonly List<int> twin = [];

    /// <summary>The rules in the ids of <paramref name="vocabulary"/> (a rule whose words it lacks is dropped).</summary>
    public LevelTwins(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        rules = [.. Rules
            .Where(r => vocabulary.TryGetId(r.Word, out _) && vocabulary.TryGetId(r.Twin, out _))
            .Select(r => (vocabulary.IdOf(r.Word), vocabulary.IdOf(r.Twin), r.NotAfter is null ? -1 : vocabulary.IdOf(r.NotAfter),
                r.NotBefore is null ? -1 : vocabulary.IdOf(r.NotBefore), r.SkipWithTwin))];
    }

    /// <summary>
    /// Calls <paramref name="add"/> with each trigram (as three ids) that the twins of <paramref name="ids"/> (a line's ids,
    /// two sentence starts first) add: every trigram that holds a replaced word, with the others of the line as they are.
    /// </summary>
    public void AddTrigrams(List<int> ids, Action<int, int, int> add)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(add);
        foreach (var rule in rules)
        {
            if (!ids.Contains(rule.Word) || (rule.SkipWithTwin && ids.Contains(rule.Twin)))
            {
                continue;
            }

            twin.Clear();
            twin.AddRange(ids);
            var last = -3;
            for (var i = 2; i < ids.Count; i++)
            {
                if (ids[i] == rule.Word && ids[i - 1] != rule.NotAfter && (i + 1 == ids.Count || ids[i + 1] != rule.NotBefore))
                {
                    twin[i] = rule.Twin;
                    last = i;
                }

                // The trigram ending at i holds a replaced word when one stands at i, i - 1 or i - 2.
                if (i - last <= 2)
                {
                    add(twin[i - 2], twin[i - 1], twin[i]);
                }
            }

            // The trigrams after the last replaced word that still hold it are the ones ending at last + 1 and last + 2 (added
            // above as the loop passed them).
        }
    }
}
