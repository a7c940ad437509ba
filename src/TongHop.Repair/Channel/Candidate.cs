namespace TongHop.Repair.Channel;

/// <summary>One reading of an OCR token: a vocabulary word (lower case) and its channel cost in nats.</summary>
public readonly record struct Candidate(int WordId, float Cost);
