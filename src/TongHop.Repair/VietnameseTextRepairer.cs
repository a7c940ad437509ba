using System.Collections.Concurrent;
using System.Text;
using TongHop.Core.Text;
using TongHop.Repair.Decoding;
using TongHop.Repair.Names;
using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;
using TongHop.Text.Syllables;

namespace TongHop.Repair;

/// <summary>
/// Restores Vietnamese garbled by an English OCR ("Két qua trién khai" → "Kết quả triển khai") with a
/// noisy-channel decoder: candidate syllables per token from the OCR confusion model, chosen jointly by a
/// syllable trigram model over the whole document. Lines are kept one for one; numbers, symbols, URLs and
/// abbreviations are kept (with Đ restored inside symbols); clean lines pass unchanged.
/// Immutable and thread-safe: one instance can serve every thread.
/// </summary>
public sealed class VietnameseTextRepairer : ITextRepairer
{
    private static readonly Lazy<VietnameseTextRepairer> LazyDefault = new(() => new VietnameseTextRepairer(RepairModel.Default));

    private readonly RepairModel model;
    private readonly RepairOptions options;
    private readonly BeamDecoder decoder;
    private readonly TokenOptionCache optionCache = new();
    private readonly ConcurrentBag<LatticeBuilder> builders = [];

    /// <summary>Creates a repairer over a loaded model.</summary>
    public VietnameseTextRepairer(RepairModel model, RepairOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model;
        this.options = options ?? new RepairOptions();
        decoder = new BeamDecoder(model.LanguageModel, this.options.BeamWidth, this.options.LmWeight, this.options.CacheBonus, this.options.BeamThreshold);
    }

    /// <summary>The repairer over the shipped model, loaded on first use.</summary>
    public static VietnameseTextRepairer Default => LazyDefault.Value;

    /// <inheritdoc />
    public RepairResult Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfc = VietnameseText.Nfc(text);
        var lines = nfc.Split('\n');
        var tokens = new List<RepairToken>[lines.Length];
        var counts = new LineAssessment.Counts[lines.Length];
        var document = default(LineAssessment.Counts);
        for (var i = 0; i < lines.Length; i++)
        {
            tokens[i] = [];
            LineTokenizer.Tokenize(lines[i], tokens[i]);
            counts[i] = LineAssessment.Count(lines[i], tokens[i]);
            document = document.Add(counts[i]);
        }

        var garbled = LineAssessment.IsGarbled(document);
        var repair = counts.Select(c => LineAssessment.NeedsRepair(c, garbled)).ToArray();
        var restored = repair.Any(r => r) ? Restore(lines, tokens, repair) : nfc;
        return new RepairResult(restored, !string.Equals(restored, nfc, StringComparison.Ordinal), TextQuality.Measure(nfc));
    }

    private string Restore(string[] lines, List<RepairToken>[] tokens, bool[] repair)
    {
        // A builder keeps its lattice's storage between documents: no large arrays to allocate and fault in each time.
        if (!builders.TryTake(out var builder))
        {
            builder = new LatticeBuilder(model, options, optionCache);
        }

        try
        {
            return Restore(lines, tokens, repair, builder);
        }
        finally
        {
            builder.Clear();
            builders.Add(builder);
        }
    }

    private string Restore(string[] lines, List<RepairToken>[] tokens, bool[] repair, LatticeBuilder builder)
    {
        var positions = new int[lines.Length][];
        for (var i = 0; i < lines.Length; i++)
        {
            positions[i] = builder.AddLine(lines[i], tokens[i], repair[i], repair[i] && PersonNames.IsNameLine(lines, i, tokens[i]));
        }

        var chosen = ChooseOptions(builder.Lattice);

        var output = new StringBuilder(lines.Sum(l => l.Length + 1));
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.Append('\n');
            }

            AppendLine(output, lines[i], tokens[i], positions[i], repair[i], builder.Lattice, chosen);
        }

        // A combining mark the OCR left after a rewritten letter must compose with it: the output is NFC too.
        return VietnameseText.Nfc(output.ToString());
    }

    // With the document cache, what earlier paragraphs read cleanly helps later ones.
    private int[] ChooseOptions(Lattice lattice) =>
        decoder.Decode(lattice, options.CacheBonus <= 0 ? null : new DocumentCache(options.ConfidentCost, model.LanguageModel.Vocabulary.FirstSyllable, model.LanguageModel.Vocabulary.Count));

    private void AppendLine(
        StringBuilder output, string line, List<RepairToken> tokens, int[] positions, bool repair, Lattice lattice, int[] chosen)
    {
        if (!repair)
        {
            output.Append(line);
            return;
        }

        var copied = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var replacement = Replacement(line, tokens, t, positions[t], lattice, chosen);
            if (replacement is null)
            {
                continue;
            }

            output.Append(line, copied, token.CoreStart - copied).Append(replacement);
            copied = token.CoreStart + token.CoreLength;
        }

        output.Append(line, copied, line.Length - copied);
    }

    private string? Replacement(string line, List<RepairToken> tokens, int t, int position, Lattice lattice, int[] chosen)
    {
        var words = model.LanguageModel.Vocabulary.Words;
        var token = tokens[t];
        if (position < 0)
        {
            return null;
        }

        if (token.Kind == TokenKind.Symbol)
        {
            var core = line.Substring(token.CoreStart, token.CoreLength);
            var restored = SymbolRepair.Restore(core);
            return ReferenceEquals(restored, core) ? null : restored;
        }

        var option = lattice.Options[chosen[position]];
        if (token.Kind == TokenKind.Number && !option.Rewrites)
        {
            return RomanNumeralRestorer.Restore(line, tokens, t); // the lattice gave it the numeral's id too
        }

        if (!option.Rewrites)
        {
            return null;
        }

        var capitalNeighbour = (t > 0 && CasePattern.IsCapitalWord(tokens[t - 1].Core(line)))
            || (t + 1 < tokens.Count && CasePattern.IsCapitalWord(tokens[t + 1].Core(line)));
        return CasePattern.Apply(token.Core(line), words[option.WordId], capitalNeighbour);
    }

}
