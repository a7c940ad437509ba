namespace TongHop.Core.Text;

/// <summary>The result of <see cref="ITextRepairer.Repair"/>.</summary>
/// <param name="Restored">The repaired text (NFC), line-aligned with the input.</param>
/// <param name="Repaired">Whether any character differs from the NFC-normalised input.</param>
/// <param name="Quality">Share of word tokens of the <em>input</em> that are valid Vietnamese syllables, in [0, 1].</param>
public sealed record RepairResult(string Restored, bool Repaired, double Quality);
