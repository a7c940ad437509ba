namespace TongHop.Repair.LanguageModel;

/// <summary>The quantised tables of a trained model, as the trainer hands them to <see cref="NGramModel"/>.</summary>
internal sealed record NGramData(
    byte[] UnigramScore,
    byte[] UnigramBackoff,
    ulong[] BigramKeys,
    byte[] BigramScore,
    byte[] BigramBackoff,
    ulong[] TrigramKeys,
    byte[] TrigramScore);
