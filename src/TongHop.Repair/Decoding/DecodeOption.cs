namespace TongHop.Repair.Decoding;

/// <summary>
/// One choice at one position of the decoding lattice: the word the language model sees, the channel cost
/// of reading the OCR token as it, and whether choosing it rewrites the token as that word (with the token's
/// casing, spelled out only for the option finally chosen) or keeps the token as written.
/// </summary>
internal readonly record struct DecodeOption(int WordId, float Cost, bool Rewrites = false)
{
    /// <summary>
    /// The most this option can add to a hypothesis's score: the weighted best LM score its word gets in any context,
    /// less its cost (the document cache's bonus comes on top). Unbounded unless set, so never pruned by it.
    /// </summary>
    public float Ceiling { get; init; } = float.PositiveInfinity;
}
