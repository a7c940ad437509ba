namespace TongHop.Repair.Decoding;

/// <summary>
/// One choice at one position of the decoding lattice: the word the language model sees, the channel cost
/// of reading the OCR token as it, and whether choosing it rewrites the token as that word (with the token's
/// casing, spelled out only for the option finally chosen) or keeps the token as written.
/// </summary>
internal readonly record struct DecodeOption(int WordId, float Cost, bool Rewrites = false);
