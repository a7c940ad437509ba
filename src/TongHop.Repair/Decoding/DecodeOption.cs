namespace TongHop.Repair.Decoding;

/// <summary>
/// One choice at one position of the decoding lattice: the word the language model sees, the channel cost
/// of reading the OCR token as it, and the text to write (null keeps the token as written).
/// </summary>
internal readonly record struct DecodeOption(int WordId, float Cost, string? Text);
