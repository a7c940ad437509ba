using TongHop.Core.Text;
using TongHop.Text.Normalization;

namespace TongHop.Repair;

/// <summary>
/// Interim repairer until the syllable language model lands: NFC-normalises the text and changes nothing else.
/// </summary>
public sealed class NormalizingRepairer : ITextRepairer
{
    public RepairResult Repair(string text)
    {
        var nfc = VietnameseText.Nfc(text);
        return new RepairResult(nfc, false, 1.0);
    }
}
