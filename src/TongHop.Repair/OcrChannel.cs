namespace TongHop.Repair;

/// <summary>Which OCR produced the text to repair: its errors, and so the channel model, differ.</summary>
public enum OcrChannel
{
    /// <summary>An English OCR of Vietnamese (the text layers of many scans): accents lost, letters garbled (s6 = số).</summary>
    EnglishOcr,

    /// <summary>Tesseract's Vietnamese model (TongHop's own OCR of scans and images): tones and hooks confused (quyên =
    /// quyền), l/1/I and O/0 inside numbers.</summary>
    VietnameseOcr,
}
