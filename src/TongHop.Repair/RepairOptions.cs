namespace TongHop.Repair;

/// <summary>Tuning of <see cref="VietnameseTextRepairer"/>; the defaults were tuned on synthetic ocrsim pages.</summary>
/// <param name="BeamWidth">Hypotheses kept per position.</param>
/// <param name="MaxCandidates">Candidate syllables considered per token (the main speed/accuracy trade-off: 14 runs about 1.5× faster and loses 0.3–1 point).</param>
/// <param name="LmWeight">Weight of the language model against the channel costs.</param>
/// <param name="KeepCost">Cost of keeping a letters-only token that is not a syllable (a foreign name: Zalo).</param>
/// <param name="KeepKnownWordCost">Cost of keeping a non-syllable word the model knows (zalo, scan, wifi).</param>
/// <param name="KeepGarbledCost">Cost of keeping a token with OCR digits or symbols inside (s6, 1ap).</param>
/// <param name="CacheBonus">Bonus per earlier confident reading of the same word pair in the document (0 turns the cache off).</param>
/// <param name="ConfidentCost">A choice at most this costly counts as read cleanly (for the document cache; English OCR only:
/// Tesseract-Vietnamese text keeps 2 nats).</param>
/// <param name="NotANameCost">Extra cost, on a line that is a personal name, of a reading outside the name lists.</param>
/// <param name="BeamThreshold">An extension whose score before the LM already trails the best extension at its position by
/// more than this many nats is dropped (the main speed/accuracy trade-off of the search).</param>
/// <param name="NumberAsWordCost">Extra cost of reading a short number as a word ("18" as lệ); real numbers must survive (2 until
/// 2026-12-06 r19, measured 1.5 and 1).</param>
/// <param name="VietnameseOcrKeepCost">On Tesseract-Vietnamese text, the cost of keeping a word that is not a syllable (a name,
/// a foreign word): that OCR seldom makes non-words, so it is kept more readily than an English OCR's token.</param>
/// <param name="WordCacheBonus">Bonus per nat of log-count for a word the document already read with confidence (0 turns it off).</param>
/// <param name="VietnameseOcrLmWeight">The language model's weight on Tesseract-Vietnamese text: lower than on English OCR's
/// garble, where most words must be re-read, so that a correct but rare phrase ("Nhờ vậy") is not rewritten.</param>
/// <param name="ProperLowerCaseCost">On English OCR, the extra cost of reading a lower-case token as a syllable written capitalised
/// far more often than not (<see cref="RepairModel.ProperSyllablesFile"/>: Đạ of Đạ Tẻh for "da", which is đã).</param>
/// <param name="NoisyVietnameseOcrLmWeight">The language model's weight on Tesseract-Vietnamese text that reads badly (its
/// <see cref="TongHop.Text.Syllables.TextQuality"/> under <paramref name="NoisyVietnameseOcrQuality"/>: a photocopy's broken
/// strokes lose marks and turn letters, and the cautious weight left most of that).</param>
/// <param name="NoisyVietnameseOcrQuality">The share of valid syllables under which Tesseract-Vietnamese text counts as noisy.</param>
/// <param name="WordPriorWeight">On English OCR, the share of <see cref="RepairModel.WordPrior"/> (news over legal usage, in nats)
/// added to a word's score wherever it is one of several readings (0 turns it off), except on a capitalised token (a name's
/// syllable: xã Đồng Lộc, not the news word Đông Lộc). Measured 0.3–1.0 (docs/repair.md); 0.3 until the capitalised tokens
/// were spared.</param>
/// <param name="CatalogPairRepeats">On English OCR, how many confident readings the document cache credits each word pair of the
/// indicator catalog with before the document starts (<see cref="Decoding.CatalogPhrases"/>: "phấn đấu", a number before "tin"
/// or "máy tính"); each earns <paramref name="CacheBonus"/>. 0 turns it off; measured 2 and 3 (docs/repair.md).</param>
/// <param name="BeamWordCap">On English OCR, at most this many of the beam's hypotheses may end in the same word (0 or the beam's
/// width: no limit), so that another reading of a token stays in the beam until the words after it decide (measured 3 and 5,
/// docs/repair.md).</param>
/// <param name="MidSentenceCapitalWeight">On English OCR, the share of <see cref="RepairModel.CapitalCost"/> a reading of a
/// capitalised token right after a word in small letters pays (less the cheapest of its readings'): "cơ quan S6 hiện có" is
/// Sở, not số. 0 turns it off.</param>
/// <param name="CapitalBForDCost">On English OCR, what a word's first capital Đ read as B costs (in place of the channel's đ → b, 4.2
/// nats learnt from lower-case and capital letters alike): "Bang bộ", "Bdng ty" are Đảng bộ, Đảng ủy (measured 1.5 and 2). Only a
/// capital before small letters: a word in capitals keeps its B ("BO TRUONG" is BỘ TRƯỞNG; at this price it became the name
/// "ĐỖ TRƯỜNG"). 0 turns it off.</param>
public sealed record RepairOptions(
    int BeamWidth = 10,
    int MaxCandidates = 24,
    float LmWeight = 0.8f,
    float KeepCost = 9f,
    float KeepKnownWordCost = 2f,
    float KeepGarbledCost = 14f,
    float NumberAsWordCost = 1f,
    float CacheBonus = 1f,
    float ConfidentCost = 3f,
    float NotANameCost = 6f,
    float BeamThreshold = 4f,
    float VietnameseOcrKeepCost = 3f,
    float VietnameseOcrLmWeight = 0.5f,
    float WordCacheBonus = 0.5f,
    float ProperLowerCaseCost = 3f,
    float NoisyVietnameseOcrLmWeight = 1.0f,
    double NoisyVietnameseOcrQuality = 0.975,
    float WordPriorWeight = 0.5f,
    int CatalogPairRepeats = 2,
    int BeamWordCap = 5,
    float MidSentenceCapitalWeight = 0.5f,
    float CapitalBForDCost = 2f);
