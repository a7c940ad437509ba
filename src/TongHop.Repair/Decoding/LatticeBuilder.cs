using System.Runtime.InteropServices;
using TongHop.Repair.LanguageModel;
using TongHop.Repair.Names;
using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;
using TongHop.Text.Syllables;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Turns the lines of a document into one <see cref="Lattice"/> in reading order, so that context runs on
/// across line breaks (a blank line ends a paragraph). Words of lines that need repair get their candidate
/// syllables plus "keep as written"; everything else is a fixed position that only feeds the context.
/// </summary>
internal sealed class LatticeBuilder(RepairModel model, RepairOptions options, TokenOptionCache optionCache, OcrChannel channel = OcrChannel.EnglishOcr, bool noisy = false)
{
    private readonly Channel.CandidateGenerator candidates = noisy && channel == OcrChannel.VietnameseOcr
        ? model.NoisyVietnameseOcrCandidates : model.CandidatesFor(channel);
    private readonly float changeCost = (noisy && channel == OcrChannel.VietnameseOcr ? model.VietnameseOcrConfusion.Noisy : null)?.ChangeCost
        ?? model.ConfusionFor(channel).ChangeCost;
    private static readonly Comparison<DecodeOption> ByCost = static (a, b) => a.Cost.CompareTo(b.Cost);
    private readonly Vocabulary vocabulary = model.LanguageModel.Vocabulary;
    private readonly List<DecodeOption> scratch = [];

    // quý, the word before a quarter's numeral (QuarterNumerals), or −1.
    private readonly int quarter = model.LanguageModel.Vocabulary.TryGetId("quý", out var id) ? id : -1;

    // sở, a department before its abbreviation (DepartmentLabel), or −1.
    private readonly int department = model.LanguageModel.Vocabulary.TryGetId("sở", out var id) ? id : -1;

    public Lattice Lattice { get; } = new();

    /// <summary>Empties the lattice for the next document, keeping its storage.</summary>
    public void Clear() => Lattice.Clear();

    /// <summary>
    /// Adds one line; returns, per token, the lattice position of its core (or -1). When the line ends with a personal
    /// name starting at token <paramref name="nameStart"/> (see <see cref="PersonNames.NameStart"/>), each of its words
    /// is read as the name syllable that the OCR channel and the name lists together make likeliest, whatever the
    /// language model would prefer (a name's syllables do not follow prose); a word no name reading fits keeps its
    /// usual options, with readings outside the name lists costing more.
    /// </summary>
    public int[] AddLine(string line, List<RepairToken> tokens, bool repair, int nameStart = -1)
    {
        var positions = new int[tokens.Count];
        if (tokens.Count == 0)
        {
            Lattice.AddBreak();
            return positions;
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            AddPunctuation(line.AsSpan(token.Start, token.CoreStart - token.Start));
            NamePart? part = nameStart < 0 || t < nameStart ? null : PartOf(line, tokens, t, nameStart);
            positions[t] = token.CoreLength == 0 ? -1
                : repair && token.Kind == TokenKind.Number && RomanNumeralRestorer.Restore(line, tokens, t) is { } roman
                    ? Lattice.Add(new DecodeOption(LmTokenizer.IdOfCore(vocabulary, roman, TokenKind.Symbol), 0))
                    : repair && channel == OcrChannel.EnglishOcr && quarter >= 0 && QuarterNumerals.IsQuarterWord(line, tokens, t)
                    ? Lattice.Add(new DecodeOption(quarter, 0, Rewrites: true))
                    : repair && channel == OcrChannel.EnglishOcr && department >= 0 && DepartmentLabel.IsLabel(line, tokens, t)
                    ? Lattice.Add(new DecodeOption(department, 0, Rewrites: true))
                    : AddCore(token.Core(line), token.Kind, repair, part, IsMidSentenceCapital(line, tokens, t));
            var coreEnd = token.CoreStart + token.CoreLength;
            AddPunctuation(line.AsSpan(coreEnd, token.Start + token.Length - coreEnd));
        }

        return positions;
    }

    // The place of a name's syllable; a given name's follows its middle names (PersonNames.GivenPart: a highland one's
    // after "A" or "Seo", a woman's after "Thị", a man's after "Văn").
    private static NamePart PartOf(string line, List<RepairToken> tokens, int t, int nameStart)
    {
        var part = PersonNames.PartOf(t, nameStart, tokens.Count);
        if (part != NamePart.Given || t - 1 <= nameStart)
        {
            return part;
        }

        var middles = new string[t - 1 - nameStart];
        for (var m = 0; m < middles.Length; m++)
        {
            middles[m] = tokens[nameStart + 1 + m].Core(line).ToString();
        }

        return PersonNames.GivenPart(middles);
    }

    // A capitalised word (Sở, S6) right after a word in small letters with nothing but a space or a comma between: mid-sentence,
    // where English OCR's capital is the writer's.
    private bool IsMidSentenceCapital(string line, List<RepairToken> tokens, int t)
    {
        if (channel != OcrChannel.EnglishOcr || options.MidSentenceCapitalWeight <= 0 || t == 0 || tokens[t].Kind != TokenKind.Word
            || tokens[t - 1].Kind != TokenKind.Word || tokens[t - 1].CoreLength == 0)
        {
            return false;
        }

        var core = tokens[t].Core(line);
        if (!char.IsUpper(core[0]) || (core.Length > 1 && !IsTitleCase(core)))
        {
            return false;
        }

        var previous = tokens[t - 1].Core(line);
        foreach (var c in previous)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        var previousEnd = tokens[t - 1].CoreStart + tokens[t - 1].CoreLength;
        foreach (var c in line.AsSpan(previousEnd, tokens[t].CoreStart - previousEnd))
        {
            if (c is not (' ' or ','))
            {
                return false;
            }
        }

        return true;
    }

    private int AddCore(ReadOnlySpan<char> core, TokenKind kind, bool repair, NamePart? part, bool midSentenceCapital = false)
    {
        if (!repair || kind == TokenKind.Symbol)
        {
            return Lattice.Add(new DecodeOption(LmTokenizer.IdOfCore(vocabulary, core, kind), 0));
        }

        var tokenOptions = optionCache.GetOrAdd(core, kind, this, midSentenceCapital && part is null);
        if (part is not { } namePart || tokenOptions.Length == 1)
        {
            return Lattice.Add(tokenOptions);
        }

        // Tesseract's Vietnamese model seldom misreads a mark: a name it read as written stays, however rare.
        if (channel == OcrChannel.VietnameseOcr)
        {
            foreach (var option in tokenOptions)
            {
                if (!option.Rewrites && option.WordId >= 0 && PersonNames.Cost(vocabulary.Words[option.WordId], namePart) is not null)
                {
                    return Lattice.Add(option with { Cost = 0 });
                }
            }
        }

        if (BestName(tokenOptions, namePart) is { } best)
        {
            // Readings as good as the best (Thanh and Thành: both common, both read "Thanh") are left to the context.
            scratch.Clear();
            foreach (var option in tokenOptions)
            {
                if (PersonNames.Cost(vocabulary.Words[option.WordId], namePart) is { } nameCost && option.Cost + nameCost <= best + NameTieMargin)
                {
                    scratch.Add(Bounded(option with { Cost = option.Cost + nameCost - best }));
                }
            }

            scratch.Sort(ByCost);
            return Lattice.Add(CollectionsMarshal.AsSpan(scratch));
        }

        var names = namePart == NamePart.Family ? PersonNames.FamilyNames : PersonNames.GivenNames;
        scratch.Clear();
        foreach (var option in tokenOptions)
        {
            scratch.Add(names.Contains(vocabulary.Words[option.WordId]) ? option : Bounded(option with { Cost = option.Cost + options.NotANameCost }));
        }

        scratch.Sort(ByCost);
        return Lattice.Add(CollectionsMarshal.AsSpan(scratch));
    }

    // Name readings within this many nats of the best one are all offered to the decoder.
    private const float NameTieMargin = 0.5f;

    // The least channel cost plus name-list cost of a name reading, unless a reading outside the lists is cheaper by
    // more than NotANameCost (a foreign name written plainly): then null.
    private float? BestName(DecodeOption[] tokenOptions, NamePart part)
    {
        var bestCost = float.PositiveInfinity;
        var otherCost = float.PositiveInfinity;
        foreach (var option in tokenOptions)
        {
            if (PersonNames.Cost(vocabulary.Words[option.WordId], part) is { } nameCost)
            {
                bestCost = Math.Min(bestCost, option.Cost + nameCost);
            }
            else
            {
                otherCost = Math.Min(otherCost, option.Cost);
            }
        }

        return bestCost <= otherCost + options.NotANameCost ? bestCost : null;
    }

    /// <summary>
    /// The options of a token that needs repair, cheapest first (the decoder stops extending a hypothesis at the
    /// first option that trails too far): its candidate syllables plus keeping it as written, or the token alone
    /// when it is a clean syllable. They depend only on the token's letters, not its case, so they are memoised.
    /// </summary>
    internal DecodeOption[] BuildOptions(ReadOnlySpan<char> core, TokenKind kind, bool midSentenceCapital = false)
    {
        var fixedId = LmTokenizer.IdOfCore(vocabulary, core, kind);
        // English OCR cannot write Vietnamese's own letters: a syllable with them was read right. Tesseract's Vietnamese
        // model misreads digits and symbols only as digits and symbols (see DigitLookAlikes): only letters are re-read.
        if (channel == OcrChannel.EnglishOcr ? IsCleanSyllable(core, kind) : kind == TokenKind.Word && !WordShape.IsLetters(core))
        {
            return [new DecodeOption(fixedId, 0)];
        }

        scratch.Clear();
        var lower = VietnameseText.Lower(core);
        if (kind == TokenKind.Number)
        {
            scratch.Add(new DecodeOption(Vocabulary.Number, 0));
            if (core.Length <= 2 && channel == OcrChannel.EnglishOcr)
            {
                AddCandidates(lower, options.NumberAsWordCost);
            }
        }
        else
        {
            AddCandidates(
                lower, 0, channel == OcrChannel.EnglishOcr && char.IsLower(core[0]) ? core[0] : '\0',
                channel == OcrChannel.EnglishOcr && IsTitleCase(core));
            if (midSentenceCapital)
            {
                PriceCapitals();
            }

            AddKeep(core, fixedId);
        }

        scratch.Sort(ByCost);
        var built = new DecodeOption[scratch.Count];
        for (var i = 0; i < built.Length; i++)
        {
            built[i] = Bounded(scratch[i]);
        }

        return built;
    }

    private DecodeOption Bounded(DecodeOption option) =>
        option with { Ceiling = (options.LmWeight * model.LanguageModel.BestLogProb(option.WordId)) - option.Cost };

    // lowerFirst: the token's first letter when it is written in lower case (English OCR keeps case), else '\0'.
    // capitalised: the token is written with a capital and small letters ("Pong"), most often a name's syllable.
    private void AddCandidates(string lower, float extraCost, char lowerFirst = '\0', bool capitalised = false)
    {
        var generated = candidates.Generate(lower);
        // On Tesseract-Vietnamese text the token's own word costs nothing and is kept as written (hoà stays hoà, not the
        // model's hòa), whatever the channel says of its spelling; any other reading pays the channel's cost of a change.
        var own = channel == OcrChannel.VietnameseOcr && vocabulary.TryGetId(Vocabulary.Normalize(lower), out var id) ? id : -1;
        if (own >= 0)
        {
            scratch.Add(new DecodeOption(own, extraCost));
        }

        var cut = Channel.CandidateGenerator.IsLoneSymbol(lower) ? Channel.CandidateGenerator.LoneSymbolCandidates : options.MaxCandidates;
        AddGenerated(generated.AsSpan(0, Math.Min(generated.Length, cut)), own, extraCost, lowerFirst, capitalised, 0f, false);
        // A capital Đ read as B ("Bang bộ", "Bdng ty" = Đảng ủy): the learnt đ → b (4.2 nats, from small and capital letters
        // alike) put Đảng below the candidate cut of "bang"'s own b-words; the readings of the token with a d, those with a
        // đ, are offered at the capital's price (the channel's d → đ, nearly 0, included in theirs). Only before small letters
        // (capitalised): a word in capitals keeps its B.
        if (options.CapitalBForDCost > 0 && capitalised && lower[0] == 'b')
        {
            var stroked = candidates.Generate(string.Concat("d", lower.AsSpan(1)));
            AddGenerated(stroked.AsSpan(0, Math.Min(stroked.Length, cut)), own, extraCost, lowerFirst, capitalised, options.CapitalBForDCost, true);
        }
    }

    // shift and strokeOnly: the readings of a capital B's token with a d, where only those with a đ are offered, at the
    // capital's price more, and replace the same word's dearer option.
    private void AddGenerated(
        ReadOnlySpan<Channel.Candidate> generated, int own, float extraCost, char lowerFirst, bool capitalised, float shift, bool strokeOnly)
    {
        foreach (var candidate in generated)
        {
            if (candidate.WordId != own && (!strokeOnly || vocabulary.Words[candidate.WordId][0] == 'đ'))
            {
                var change = channel == OcrChannel.VietnameseOcr ? changeCost : 0f;
                // A name's syllable (Đạ of Đạ Tẻh) read from a lower-case token: names are capitalised, and English OCR keeps
                // case, except a lower-case b for Đ ("bang" is Đảng).
                if (lowerFirst != '\0' && model.ProperSyllables[candidate.WordId]
                    && !(lowerFirst == 'b' && vocabulary.Words[candidate.WordId][0] == 'đ'))
                {
                    change += options.ProperLowerCaseCost;
                }

                // The word prior (news over law) says how a report's prose uses a word, not how names are made: a
                // capitalised token is most often a name's syllable (xã Đồng Lộc, not Đông Lộc, for "x3 Pong Loc"), so
                // the decoder's prior is paid back here.
                if (capitalised)
                {
                    change += options.WordPriorWeight * model.WordPrior[candidate.WordId];
                }

                var option = new DecodeOption(candidate.WordId, candidate.Cost + extraCost + change + shift, Rewrites: true);
                if (!strokeOnly)
                {
                    scratch.Add(option);
                    continue;
                }

                var existing = scratch.FindIndex(o => o.WordId == candidate.WordId);
                if (existing < 0)
                {
                    scratch.Add(option);
                }
                else if (option.Cost < scratch[existing].Cost)
                {
                    scratch[existing] = option;
                }
            }
        }
    }

    // Each reading of a mid-sentence capital pays its share of how seldom it is written so, less the cheapest reading's.
    private void PriceCapitals()
    {
        var least = float.PositiveInfinity;
        foreach (var option in scratch)
        {
            least = Math.Min(least, model.CapitalCost[option.WordId]);
        }

        for (var i = 0; i < scratch.Count; i++)
        {
            scratch[i] = scratch[i] with { Cost = scratch[i].Cost + (options.MidSentenceCapitalWeight * (model.CapitalCost[scratch[i].WordId] - least)) };
        }
    }

    // Keeping the token as written stays possible (a name, a foreign word), at a price the LM must beat.
    private void AddKeep(ReadOnlySpan<char> core, int fixedId)
    {
        foreach (var option in scratch)
        {
            if (option.WordId == fixedId && fixedId != Vocabulary.Unknown)
            {
                return;
            }
        }

        // A word the model knows that is not a syllable (zalo, scan, wifi) is most likely meant as written.
        var cost = !WordShape.IsLetters(core) ? options.KeepGarbledCost
            : fixedId != Vocabulary.Unknown ? options.KeepKnownWordCost
            : channel == OcrChannel.VietnameseOcr ? options.VietnameseOcrKeepCost
            : options.KeepCost;
        scratch.Add(new DecodeOption(fixedId, cost));
    }

    private void AddPunctuation(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            var id = Vocabulary.PunctuationId(c);
            if (id >= 0)
            {
                Lattice.Add(new DecodeOption(id, 0));
            }
        }
    }

    // A capital and no other capital ("Pong", "Loc", "S6"; not "SO", "t").
    private static bool IsTitleCase(ReadOnlySpan<char> core)
    {
        if (core.Length < 2 || !char.IsUpper(core[0]))
        {
            return false;
        }

        foreach (var c in core[1..])
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // A syllable written with Vietnamese's own letters was read correctly: English OCR cannot produce it.
    private static bool IsCleanSyllable(ReadOnlySpan<char> core, TokenKind kind) =>
        kind == TokenKind.Word && LineAssessment.HasVietnameseLetter(core) && VietnameseSyllable.IsValid(core);
}
