namespace TongHop.Text.Syllables;

/// <summary>What <see cref="TextQuality.CountWords"/> counts in a text.</summary>
/// <param name="Words">Word tokens (numbers, symbols, URLs and abbreviations are not words).</param>
/// <param name="Valid">Word tokens that are valid Vietnamese syllables.</param>
/// <param name="Marked">Valid syllables written with a Vietnamese letter or tone mark.</param>
public readonly record struct WordCounts(int Words, int Valid, int Marked);
