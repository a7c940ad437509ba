namespace TongHop.Repair.Training;

/// <summary>What <see cref="LanguageModelTrainer.Train"/> produced.</summary>
public sealed record TrainingSummary(long Tokens, int Vocabulary, int Bigrams, int Trigrams, long FileBytes);
