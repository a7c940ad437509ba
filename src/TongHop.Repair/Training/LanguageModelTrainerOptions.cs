namespace TongHop.Repair.Training;

/// <summary>Settings of <see cref="LanguageModelTrainer"/>; the defaults produced the shipped model.</summary>
/// <param name="MinTrigramCount">Trigrams seen fewer times are pruned (their mass goes to the backoff).</param>
/// <param name="ExtraWeight">How many times each extra (domain) line is counted.</param>
/// <param name="MinOtherWordCount">A non-syllable word (ubnd) joins the vocabulary from this count on.</param>
/// <param name="MaxOtherWords">At most this many non-syllable words join the vocabulary.</param>
/// <param name="UnigramFrequencyShare">The share of plain relative frequency mixed into the Kneser–Ney continuation unigrams
/// (0.2 since 2026-12-06 r20, 0 before: docs/repair.md).</param>
/// <param name="LevelTwins">Whether a line naming the commune level is also trained on as its ward twin (<see cref="Training.LevelTwins"/>;
/// since 2026-12-06 r21).</param>
/// <param name="PlaceNames">Whether the official place and agency names (<see cref="PlacePhrases"/>) are trained on too.</param>
public sealed record LanguageModelTrainerOptions(
    int MinTrigramCount = 1,
    int ExtraWeight = 20,
    int MinOtherWordCount = 20,
    int MaxOtherWords = 4000,
    bool PlaceNames = true,
    bool LevelTwins = true,
    double UnigramFrequencyShare = 0.2);
