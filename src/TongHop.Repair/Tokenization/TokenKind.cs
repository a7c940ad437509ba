namespace TongHop.Repair.Tokenization;

/// <summary>What a token is, which decides whether the decoder may change it.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with OCR digits or symbols inside (s6, 1ap, S&amp;): a syllable to restore.</summary>
    Word,
    /// <summary>A number or date (2025, 16/9/2025, 82,5): kept, but a short one may still be a garbled word ("18" = lệ).</summary>
    Number,
    /// <summary>A document symbol, URL, e-mail or abbreviation (359-KH/TU, UBND, VNeID): kept, Đ restored inside.</summary>
    Symbol,
    /// <summary>A run of punctuation: kept as is.</summary>
    Punctuation,
}
