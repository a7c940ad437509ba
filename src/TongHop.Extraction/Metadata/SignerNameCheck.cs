using System.Collections.Frozen;
using TongHop.Repair;
using TongHop.Repair.Channel;
using TongHop.Repair.Names;
using TongHop.Text.Normalization;
using TongHop.Text.Ocr;
using TongHop.Text.Syllables;
using RepairNames = TongHop.Repair.Names.PersonNames;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Checks a signer's name read from repaired text against the same line as it was read (before repair), syllable by
/// syllable, with the inventory of personal-name syllables by place (<see cref="RepairNames"/>: family, middle, given;
/// the family names of <see cref="PersonNames"/> besides). Repair reads a name line as prose when it does not know it
/// for one, and prose has other habits: English OCR's "Quang Van Pao" came back as "Quang Văn Đạo", "Ma Van Thang" as
/// "Mà Vẫn Tháng".
/// <list type="bullet">
/// <item>Repair changed a syllable's letters (not only its marks) where the letters as read already spell a name in that
/// place: each reading is weighed by how likely English OCR makes the letters as read from it (the repairer's
/// confusion costs, <see cref="ChannelScorer"/>) plus how much the name is used in that place (the bands' costs).
/// Repair's name stays when it is the likeliest reading ("Vi" read from Vũ: English OCR drops ũ's marks to an i
/// often, and Vũ is a far commoner family name than Vi); when a reading of the letters as read is at least as likely
/// ("Pao": Páo costs one dropped mark, repair's "Đạo" needs English OCR's P for Đ) the letters cannot tell which, so
/// the signer is left unread (<see cref="Ambiguous"/>), never guessed.</item>
/// <item>Repair kept the letters of a syllable OCR gave without marks but chose marks that make no name in that place (a
/// middle name "Vẫn", a given name "Tháng"): the marks of the one name syllable with those letters that is clearly the most used there are taken
/// ("Văn", "Thắng"); when two are used alike, the repaired reading stays.</item>
/// </list>
/// A line repair left alone, or whose words do not line up with the name, is not judged.
/// </summary>
public static class SignerNameCheck
{
    /// <summary>What the check concluded about a name.</summary>
    /// <param name="Name">The name to give: the repaired one, with marks mended where they made no name; null when ambiguous.</param>
    /// <param name="Ambiguous">Whether the letters as read spell another name than the repaired one.</param>
    /// <param name="Doubted">The syllables of <paramref name="Name"/> the reviewer is told to check: kept as read where
    /// repair's letters were unlikely (see <see cref="KeptAsRead"/>), or repair's name where a name the letters as read
    /// spell is about as likely (within <see cref="EvidenceMargin"/>).</param>
    public readonly record struct Outcome(string? Name, bool Ambiguous, IReadOnlyList<string>? Doubted = null);

    // A change of letters that costs English OCR at least this much (nats) to print the name as read ("Lâm" read "La":
    // a final m lost) is no mending of a well-formed syllable as read.
    private const float UnlikelyLetters = 4f;

    // Cost (as the repair's bands count, in nats) of a family name only TongHop.Extraction's list knows.
    private const float OtherFamilyCost = 1.5f;

    // How much likelier (nats) the other readings of a name must make one name syllable than the next before it is taken.
    private const float EvidenceMargin = 2f;

    // The most a reading may cost from a name for it to be read as that name at all.
    private const float PlausibleReading = 5f;

    private static readonly FrozenDictionary<string, (string Syllable, float Cost)[]>[] ByFold = BuildIndex();

    // The repairer's English-OCR channel (Model/confusion.tsv beside the assembly), loaded on first use; without it
    // no change of letters is weighed and every one whose letters as read spell a name is ambiguous.
    private static readonly Lazy<ChannelScorer?> Channel = new(LoadChannel);

    /// <summary>Checks <paramref name="name"/> (as <see cref="PersonNames.Read"/> gives it) against <paramref name="readColumn"/>,
    /// the signature column of its line as read before repair.</summary>
    public static Outcome Check(string name, string readColumn)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var read = MetadataWords.Split(readColumn);
        if (read.Length < words.Length || words.Length < 2)
        {
            return new Outcome(name, false);
        }

        read = read[^words.Length..]; // the name ends the line; a rank or degree may stand before it
        var mended = new string[words.Length];
        List<string>? kept = null;
        for (var i = 0; i < words.Length; i++)
        {
            var part = RepairNames.PartOf(i, 0, words.Length);
            var word = words[i];
            if (!read[i].All(char.IsLetter))
            {
                if (!IsLetterLookAlikes(read[i]))
                {
                    return new Outcome(name, false); // the words do not line up with the name
                }

                // English OCR wrote signs for some letters ("H6" for Hồ, "Ngu&n"): their letters are what the signs stand for,
                // and the marks as read say nothing.
                var letters = OcrFolding.Fold(read[i]);
                read[i] = char.IsUpper(read[i][0]) ? char.ToUpperInvariant(letters[0]) + letters[1..] : letters;
            }

            var asRead = Fold(read[i]);

            if (Fold(word) != asRead)
            {
                // Letters as read that spell no name were mended by repair; letters that spell one leave two names
                // (repair's, when it is one) or mark the name read (when repair's is none).
                if (Candidates(asRead, part).Length == 0)
                {
                    if (KeptAsRead(word, read[i]))
                    {
                        mended[i] = InCaseOf(VietnameseText.Nfc(read[i]).ToLowerInvariant(), word);
                        (kept ??= []).Add(mended[i]);
                        continue;
                    }

                    mended[i] = Relettered(word, read[i], part) ?? word;
                    continue;
                }

                if (IsNameIn(word, part))
                {
                    if (MostLikely(word, read[i], part))
                    {
                        mended[i] = word;
                        if (!MostLikely(word, read[i], part, EvidenceMargin))
                        {
                            (kept ??= []).Add(word); // "Pao" made Đào, Páo about as likely: the reviewer checks it
                        }

                        continue;
                    }

                    return new Outcome(null, true);
                }

                if (Remarked(read[i], part) is not { } fromRead)
                {
                    return new Outcome(null, true);
                }

                mended[i] = fromRead;
                continue;
            }

            // Marks are mended only where OCR gave none (English OCR drops them all): marks OCR read are evidence, weighed
            // against repair's through the channel.
            mended[i] = read[i].ToLowerInvariant() != asRead ? Reweighed(word, read[i], part) ?? word
                : IsNameIn(word, part) ? word : Remarked(word, part) ?? word;
        }

        if (words.Length >= 3 && CompoundFamilies.TryGetValue(Fold(mended[0]), out var seconds) &&
            seconds.FirstOrDefault(second => Fold(second) == Fold(read[1])) is { } clan)
        {
            mended[1] = InCaseOf(clan, read[1]); // "Ro Mah …": the clan's second word, not a middle name (Mạnh)
        }

        return new Outcome(string.Join(' ', mended), false, kept);
    }

    // The Jrai write a clan's name in two words, the first "Rơ" or "Rah" ("Rơ Châm", "Rơ Mah", "Rah Lan"), before a
    // woman's "Thị" or a given name: the second word is the clan's, read from these by its letters, not as a middle name.
    private static readonly FrozenDictionary<string, string[]> CompoundFamilies = new Dictionary<string, string[]>
    {
        ["ro"] = ["châm", "mah", "ô", "lan"],
        ["rah"] = ["lan"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Whether a name's syllable as read (<paramref name="asRead"/>: letters only, no name in its place) stays as read
    /// rather than as repair changed its letters (<paramref name="word"/>): the letters as read are a well-formed
    /// syllable, repair's letters are not English OCR's Đ read as D, P or B, and English OCR seldom prints repair's
    /// syllable so (the channel's cost at least <see cref="UnlikelyLetters"/>). "Hoang Thi La" repaired "Hoàng Thị Lâm":
    /// a rare name outside the lists whose marks OCR dropped is likelier than a final m lost, and a name left as read
    /// is one the reviewer sees is unsure, where another name is a wrong one. "Vin" (OCR's i for ă) stays Văn.
    /// </summary>
    internal static bool KeptAsRead(string word, string asRead)
    {
        var read = VietnameseText.Nfc(asRead).ToLowerInvariant();
        var lower = VietnameseText.Nfc(word).ToLowerInvariant();
        if (!asRead.All(char.IsLetter) || !SpelledLetters.Value.Contains(Fold(read)) || IsDReading(Fold(read), Fold(lower)) ||
            Channel.Value is not { } channel)
        {
            return false;
        }

        return channel.Cost(lower, read) >= UnlikelyLetters;
    }

    // The letters of every Vietnamese syllable, marks aside ("soc" for sóc, sọc): what English OCR's letters may be.
    private static readonly Lazy<FrozenSet<string>> SpelledLetters = new(() =>
        SyllableInventory.Default.Forms.Select(Fold).ToFrozenSet(StringComparer.Ordinal));

    // English OCR's D, P, B or Pb for Đ: "Pinh", "Binh", "Pbinh" for Đinh.
    private static bool IsDReading(string read, string repaired) =>
        repaired.Length > 1 && repaired[0] == 'd' && read.Length > 1 && read[0] is 'p' or 'b' or 'd' &&
        (read[1..] == repaired[1..] || (read.Length > 2 && read[1] == 'b' && read[2..] == repaired[1..]));

    /// <summary>
    /// The middle and given syllables of <paramref name="name"/> (the name as given, after <see cref="Check"/> and
    /// <see cref="Decided"/>) whose letters OCR changed ("Pinh" for Đình, "Thudéng" for Thưởng) where another name of the
    /// repaired letters is about as likely in that place (within <see cref="EvidenceMargin"/>: the channel's cost of the
    /// letters as read plus the name's use): "Tran Pinh Khai" is Trần Đình Khải or Trần Định Khải. The name stays; the
    /// reviewer is told which syllables to check. Syllables whose letters OCR kept (marks printed or dropped) were weighed
    /// by <see cref="Check"/> and <see cref="Decided"/>, and a syllable of one likely name has nothing to doubt.
    /// </summary>
    public static IReadOnlyList<string> Undecided(string name, string readColumn)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var read = MetadataWords.Split(readColumn);
        if (Channel.Value is not { } channel || read.Length < words.Length || words.Length < 2)
        {
            return [];
        }

        read = read[^words.Length..];
        var undecided = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var asRead = read[i];
            if (!asRead.All(char.IsLetter))
            {
                if (!IsLetterLookAlikes(asRead))
                {
                    return []; // the words do not line up with the name
                }

                asRead = OcrFolding.Fold(asRead);
            }

            var lower = VietnameseText.Nfc(asRead).ToLowerInvariant();
            var part = RepairNames.PartOf(i, 0, words.Length);
            if (Fold(lower) == Fold(words[i]) || part == NamePart.Family)
            {
                continue; // OCR's letters are the name's: its marks, printed or dropped, were weighed by Check and Decided
            }

            var given = VietnameseText.Nfc(words[i]).ToLowerInvariant();
            var scored = Scored(channel, Candidates(Fold(words[i]), part), [lower]);
            var own = Array.FindIndex(scored, c => c.Syllable == given);
            if (own >= 0 && scored.Any(c => c.Syllable != given && c.Cost - scored[own].Cost < EvidenceMargin))
            {
                undecided.Add(words[i]);
            }
        }

        return undecided;
    }

    /// <summary>Whether <paramref name="name"/> (a name in <paramref name="part"/>) is a likelier reading of
    /// <paramref name="asRead"/> than every name its letters as read spell: the channel's cost of the letters as read
    /// from each reading plus its band's cost, repair's strictly the least.</summary>
    internal static bool MostLikely(string name, string asRead, NamePart part, float margin = 0f)
    {
        if (Channel.Value is not { } channel)
        {
            return false;
        }

        var read = VietnameseText.Nfc(asRead).ToLowerInvariant();
        var lower = VietnameseText.Nfc(name).ToLowerInvariant();
        var own = channel.Cost(lower, read) + Candidates(Fold(name), part).First(c => c.Syllable == lower).Cost;
        return Candidates(Fold(asRead), part).All(c => c.Syllable == lower || own + margin < channel.Cost(c.Syllable, read) + c.Cost);
    }

    private static ChannelScorer? LoadChannel()
    {
        var path = Path.Combine(RepairModel.DefaultDirectory, RepairModel.ConfusionFile);
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new StreamReader(path);
        return new ChannelScorer(ConfusionModel.Read(reader));
    }

    /// <summary>What <see cref="Decided"/> made of a name whose marks OCR dropped.</summary>
    /// <param name="Name">The name, with the marks the text settled.</param>
    /// <param name="Open">Its syllables (as given in <paramref name="Name"/>) whose marks OCR dropped and that nothing
    /// settled: another name of the same letters is about as likely in that place ("Hung": Hùng or Hưng).</param>
    internal readonly record struct Decision(string Name, IReadOnlyList<string> Open);

    /// <summary>
    /// The marks of the name's syllables that English OCR dropped ("Hung": Hùng or Hưng), decided by the other places
    /// the text as read writes the same name: each is one more reading of the same syllable through the channel (a
    /// "Hwng" in a body line is Hưng's ư). A syllable changes only where those readings, with the signer's line and the
    /// names' use, make one name clearly the likeliest (<see cref="EvidenceMargin"/>); without another reading the name
    /// stays as it is, and a syllable whose letters make two names about as likely is left open for the reviewer.
    /// </summary>
    internal static Decision Decided(string name, string readColumn, string readText)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var read = MetadataWords.Split(readColumn);
        if (Channel.Value is not { } channel || read.Length < words.Length || words.Length < 2)
        {
            return new Decision(name, []);
        }

        List<string>? open = null;

        read = read[^words.Length..];
        var folded = read.Select(Fold).ToArray();
        List<Range>? text = null; // the text's words, found only when a syllable needs deciding
        var textFolded = "";
        for (var i = 0; i < words.Length; i++)
        {
            var part = RepairNames.PartOf(i, 0, words.Length);
            var candidates = Candidates(folded[i], part);
            if (read[i].ToLowerInvariant() != folded[i] || candidates.Length < 2)
            {
                continue; // marks as read are evidence already; letters that spell one name have nothing to decide
            }

            // Every place the other syllables stand in the same order: its syllable i is one more reading.
            if (text is null)
            {
                readText = VietnameseText.Nfc(readText); // the folded text keeps its offsets
                text = MetadataWords.Ranges(readText);
                textFolded = VietnameseText.FoldLowerChars(readText);
            }

            var readings = new List<string>();
            for (var t = 0; t + words.Length <= text.Count; t++)
            {
                var same = true;
                for (var j = 0; j < words.Length && same; j++)
                {
                    same = j == i || textFolded.AsSpan(text[t + j]).SequenceEqual(folded[j]);
                }

                // A reading no name of these letters could print is another person's name (Lò Văn Minh beside Lò Văn Hưng).
                if (same && readText[text[t + i]].ToLowerInvariant() is var reading && AnyPrints(channel, candidates, reading))
                {
                    readings.Add(reading);
                }
            }

            var evidence = readings.Any(r => r != folded[i]); // else nothing but marks dropped again
            var scored = Scored(channel, candidates, evidence ? readings : [folded[i]]);
            if (scored[1].Cost - scored[0].Cost < EvidenceMargin)
            {
                (open ??= []).Add(words[i]); // the current reading stays, doubted
            }
            else if (evidence)
            {
                words[i] = InCaseOf(scored[0].Syllable, words[i]);
            }
            else if (!string.Equals(VietnameseText.Nfc(words[i]).ToLowerInvariant(), scored[0].Syllable, StringComparison.Ordinal))
            {
                (open ??= []).Add(words[i]); // the letters alone make another name clearly likelier: not changed, doubted
            }
        }

        return new Decision(string.Join(' ', words), open ?? []);
    }

    // Whether a name among the candidates could print as the reading (a loop: the text's every place is tested, and a
    // closure over the reading was made for each).
    private static bool AnyPrints(ChannelScorer channel, (string Syllable, float Cost)[] candidates, string reading)
    {
        foreach (var c in candidates)
        {
            if (channel.Cost(c.Syllable, reading) <= PlausibleReading)
            {
                return true;
            }
        }

        return false;
    }

    // Marks OCR read that differ from repair's ("Nguyén": English OCR's é for ễ, where repair gave Nguyên, no family
    // name): the name of these letters that the channel's cost of the marks as read plus the name's use in this place
    // make clearly likelier (EvidenceMargin) than repair's, or than every other name of the letters where repair's is
    // none; null when repair's stands.
    private static string? Reweighed(string word, string asRead, NamePart part)
    {
        var read = VietnameseText.Nfc(asRead).ToLowerInvariant();
        var lower = VietnameseText.Nfc(word).ToLowerInvariant();
        if (Channel.Value is not { } channel || read == lower)
        {
            return null;
        }

        var scored = Scored(channel, Candidates(Fold(asRead), part), [read]);
        // Against repair's name, or, where repair's is no name in this place, against the next name of the letters.
        var own = Array.FindIndex(scored, c => c.Syllable == lower);
        var rival = own >= 0 ? own : 1;
        var clear = scored.Length > 0 && own != 0 && scored[0].Cost <= PlausibleReading &&
                    (rival >= scored.Length || scored[rival].Cost - scored[0].Cost >= EvidenceMargin);
        if (!clear)
        {
            return null; // repair's is the likeliest, or not clearly less likely than another
        }

        return InCaseOf(scored[0].Syllable, word);
    }

    // Letters as read that spell no name, mended by repair into a word that is no name in this place ("Tudn" → "Tuần", a
    // word of prose): repair chose the letters, the names' use in this place and the channel choose their marks ("Tuấn"),
    // when one name of those letters is clearly likelier than the next.
    private static string? Relettered(string word, string asRead, NamePart part)
    {
        var read = VietnameseText.Nfc(asRead).ToLowerInvariant();
        var lower = VietnameseText.Nfc(word).ToLowerInvariant();
        if (Channel.Value is not { } channel)
        {
            return null;
        }

        var scored = Scored(channel, Candidates(Fold(word), part), [read]);
        if (scored.Any(c => c.Syllable == lower))
        {
            return null; // repair's is a name in this place: Undecided weighs it against the others
        }

        var clear = scored.Length > 0 && scored[0].Cost <= PlausibleReading &&
                    (scored.Length == 1 || scored[1].Cost - scored[0].Cost >= EvidenceMargin);
        return clear ? InCaseOf(scored[0].Syllable, word) : null;
    }

    // The names of these letters, likeliest first: each name's use in this place plus the channel's cost of printing it as
    // every reading.
    private static (string Syllable, float Cost)[] Scored(
        ChannelScorer channel, (string Syllable, float Cost)[] candidates, IReadOnlyList<string> readings) =>
        [.. candidates.Select(c => (c.Syllable, Cost: c.Cost + readings.Sum(r => channel.Cost(c.Syllable, r)))).OrderBy(c => c.Cost)];

    // A word of letters and the signs English OCR writes for letters ("H6", "Nguy&n"), at least two letters long.
    private static bool IsLetterLookAlikes(string word) =>
        word.Length >= 2 && char.IsLetter(word[0]) && word.All(c => char.IsLetter(c) || OcrLookAlikes.Letter(c) != '\0');

    private static bool IsNameIn(string word, NamePart part)
    {
        var lower = VietnameseText.Nfc(word).ToLowerInvariant();
        return Candidates(Fold(word), part).Any(c => c.Syllable == lower);
    }

    // The one name syllable of these letters clearly the most used in this place, in the word's case.
    private static string? Remarked(string word, NamePart part)
    {
        var candidates = Candidates(Fold(word), part);
        if (candidates.Length == 0)
        {
            return null;
        }

        var best = candidates.Min(c => c.Cost);
        var top = candidates.Where(c => c.Cost == best).ToArray();
        if (top.Length != 1)
        {
            return null;
        }

        return InCaseOf(top[0].Syllable, word);
    }

    // A name syllable (lower case) written as the word it replaces: capitalised when the word is.
    private static string InCaseOf(string syllable, string word) =>
        char.IsUpper(word[0]) ? char.ToUpperInvariant(syllable[0]) + syllable[1..] : syllable;

    private static (string Syllable, float Cost)[] Candidates(string folded, NamePart part) =>
        ByFold[(int)part].TryGetValue(folded, out var list) ? list : [];

    private static string Fold(string word) => VietnameseText.FoldLower(word);

    private static FrozenDictionary<string, (string, float)[]>[] BuildIndex()
    {
        var index = new FrozenDictionary<string, (string, float)[]>[3];
        foreach (var part in new[] { NamePart.Family, NamePart.Middle, NamePart.Given })
        {
            var costs = new Dictionary<string, float>(StringComparer.Ordinal);
            var pool = part == NamePart.Family ? RepairNames.FamilyNames : RepairNames.GivenNames;
            foreach (var syllable in pool)
            {
                if (RepairNames.Cost(syllable, part) is { } cost)
                {
                    costs[syllable] = cost;
                }
            }

            if (part == NamePart.Family)
            {
                foreach (var family in PersonNames.FamilySyllables)
                {
                    costs.TryAdd(family, OtherFamilyCost);
                }
            }

            index[(int)part] = costs
                .GroupBy(p => Fold(p.Key))
                .ToFrozenDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).ToArray(), StringComparer.Ordinal);
        }

        return index;
    }
}
