namespace TongHop.Repair.LanguageModel;

/// <summary>A two-word context of the trigram model: its backoff weight (ln) and where its trigrams are stored.</summary>
public readonly record struct NGramContext(float Backoff, int Start, int Count);
