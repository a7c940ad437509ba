namespace TongHop.Repair;

/// <summary>Tuning of <see cref="VietnameseTextRepairer"/>; the defaults were tuned on synthetic ocrsim pages.</summary>
/// <param name="BeamWidth">Hypotheses kept per position.</param>
/// <param name="LmWeight">Weight of the language model against the channel costs.</param>
/// <param name="KeepCost">Cost of keeping a letters-only token that is not a syllable (a foreign name: Zalo).</param>
/// <param name="KeepGarbledCost">Cost of keeping a token with OCR digits or symbols inside (s6, 1ap).</param>
/// <param name="NumberAsWordCost">Extra cost of reading a short number as a word ("18" as lệ); real numbers must survive.</param>
public sealed record RepairOptions(
    int BeamWidth = 12,
    float LmWeight = 1f,
    float KeepCost = 7f,
    float KeepGarbledCost = 14f,
    float NumberAsWordCost = 6f);
