namespace TongHop.Repair.Decoding;

/// <summary>
/// The positions of a document in reading order, each with its options; a position's options are a
/// contiguous range of <see cref="Options"/>. A position with <see cref="ParagraphBreak"/> ends a paragraph
/// and resets the language-model context.
/// </summary>
internal sealed class Lattice
{
    public const int ParagraphBreak = -1;

    public List<DecodeOption> Options { get; } = [];

    /// <summary>Per position: first option index, option count.</summary>
    public List<(int First, int Count)> Positions { get; } = [];

    public int Add(DecodeOption option)
    {
        Positions.Add((Options.Count, 1));
        Options.Add(option);
        return Positions.Count - 1;
    }

    public int Add(ReadOnlySpan<DecodeOption> options)
    {
        Positions.Add((Options.Count, options.Length));
        Options.AddRange(options);
        return Positions.Count - 1;
    }

    /// <summary>Empties the lattice, keeping its storage for the next document.</summary>
    public void Clear()
    {
        Options.Clear();
        Positions.Clear();
    }

    public void AddBreak()
    {
        if (Positions.Count > 0 && Options[Positions[^1].First].WordId == ParagraphBreak)
        {
            return;
        }

        Add(new DecodeOption(ParagraphBreak, 0));
    }
}
