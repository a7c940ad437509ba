using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Parsing.Tables;
using TongHop.Text.Normalization;

namespace TongHop.Parsing;

/// <summary>
/// A document's restored text with its line index and section tree: what the extractors work on.
/// Immutable; safe to share between extractors running in parallel.
/// </summary>
/// <param name="Text">The restored text (NFC); every span points into it.</param>
/// <param name="Lines">Spans of the lines of <paramref name="Text"/>, without their line breaks.</param>
/// <param name="Sections">The numbered sections, as a tree.</param>
public sealed record ParsedDocument(string Text, IReadOnlyList<TextSpan> Lines, IReadOnlyList<Section> Sections)
{
    /// <summary>
    /// <see cref="Text"/> without diacritics and in lower case ("Quyết định" → "quyet dinh"), same length and offsets:
    /// keywords are matched here so that raw OCR text ("Quyét dinh") and repaired text are read alike. Folded char by
    /// char, so the offsets hold even where <see cref="Text"/> is not NFC (a stray combining mark after a repaired letter).
    /// </summary>
    public string Folded { get; } = VietnameseText.FoldLowerChars(Text);

    private IReadOnlyList<TextTable>? _tables;

    /// <summary>The tables written in the text (rows of cells separated by <c>|</c> or TAB), found on first use.</summary>
    public IReadOnlyList<TextTable> Tables => _tables ??= TextTableReader.Read(Text, Lines);

    public string LineText(int index) => Lines[index].Slice(Text);

    public string FoldedLine(int index) => Lines[index].Slice(Folded);

    /// <summary>The index of the line holding <paramref name="offset"/> (binary search over <see cref="Lines"/>).</summary>
    public int LineAt(int offset)
    {
        int low = 0, high = Lines.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Lines[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
