using TongHop.Repair.Decoding;
using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Tests.Decoding;

/// <summary>
/// Lines a photocopy's seal, signature strokes and specks make (no word of any kind) are emptied from a noisy
/// Tesseract-Vietnamese text; a line with one real word stays. Lines written for these tests.
/// </summary>
public sealed class NoiseLinesTests
{
    private static readonly VietnameseTextRepairer Repairer = VietnameseTextRepairer.Default;

    private static bool IsNoise(string line)
    {
        var tokens = new List<RepairToken>();
        LineTokenizer.Tokenize(line, tokens);
        return NoiseLines.IsNoise(line, tokens, RepairModel.Default.LanguageModel.Vocabulary);
    }

    [Theory]
    [InlineData("¬")]
    [InlineData(":")]
    [InlineData("ˆ\t|")]
    [InlineData("T——I")]
    [InlineData("ÔÔ")]
    [InlineData("......ÔÔÔÔỐÔ ốcnannnnnunnn")]
    [InlineData("~~ Qzxw ——")]
    [InlineData(";Smd #Øvioodd đ1 1 6À uŠi lôi pứv föm od› dnid pnuw")] // the back page, mirrored: 2 words of 11
    [InlineData("gnorlq 3šod sịb uãid2 nsoiDi")]                       // none of 5
    [InlineData("- 182 naip,Ì2 gudn 182 lặg ờ2 2v 0l 2đ2 ìg! 3$odl 1 3Í #4-i@! rln‡ vup œ3 sợi.")] // numbers, but mirrored
    public void AWordlessLineIsNoise(string line) => Assert.True(IsNoise(line), line);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("QPPL:")]
    [InlineData("VPHC;")]
    [InlineData("a)")]
    [InlineData("II.")]
    [InlineData("24")]
    [InlineData("— 05/CT-TTg —")]
    [InlineData("NN&MT;")]
    [InlineData("-_56/2024'QH15;")]                                    // a citation whose slash was read as a quote
    [InlineData("QH15 2MB")]
    [InlineData("ÔÔ nhận ——")]
    [InlineData("- Lưu: VT.")]
    [InlineData("Gác đoạnh Iiphiệp hhai thác khoảng sạn;")]          // broken strokes: 4 syllables of 7
    [InlineData("phạm hành c ình,'Bỏ Eự phá!p:")]
    [InlineData("xyq 3šod tổ chức")]                                   // half its words are words: kept
    public void ALineWithOneRealWordIsNot(string line) => Assert.False(IsNoise(line), line);

    [Fact]
    public void Repair_EmptiesNoiseLinesOfANoisyTextAndKeepsItsLines()
    {
        // A photocopy read with broken strokes (its share of valid syllables is under the noisy threshold), with what OCR
        // made of a seal and a signature on lines of their own.
        const string ocr = "Ủy ban nhân dân xã đã gửi báo củo kế hoạch phát triển kinh tế xã hội năm 2026 tới Sở Tài chính.\n"
            + "——~—:}\t——~———\n"
            + "Các phòng chuyên môn phối hợp kiểm tru hồ sơ đâv đủ, đúng thời hạn và tống hợp kết quả.\n"
            + "......ÔÔÔÔỐÔ ốcnannnnnunnn\n"
            + "QPPL:\n"
            + "Đoàn kiểm tra đã làm việc vời lãnh đạo cúc đơn vị trực thuộc.";
        var result = Repairer.Repair(ocr, "ocr");
        Assert.True(result.Quality < new RepairOptions().NoisyVietnameseOcrQuality);
        var lines = result.Restored.Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.Equal(string.Empty, lines[1]);
        Assert.Equal(string.Empty, lines[3]);
        Assert.Equal("QPPL:", lines[4]);
        Assert.StartsWith("Ủy ban nhân dân xã", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_KeepsNoiseLinesOfATextThatReadsWell()
    {
        // The same wordless line in a text that reads well is left to the reader (its noise filter); repair does not
        // remove anything from clean or ordinary scans.
        const string ocr = "Ủy ban nhân dân xã đã gửi báo cáo kế hoạch phát triển kinh tế xã hội năm 2026 tới Sở Tài chính.\n"
            + "T——I\n"
            + "Các phòng chuyên môn phối hợp kiểm tra hồ sơ đầy đủ, đúng thời hạn và tổng hợp kết quả.";
        var result = Repairer.Repair(ocr, "ocr");
        Assert.True(result.Quality >= new RepairOptions().NoisyVietnameseOcrQuality);
        Assert.Equal(ocr, result.Restored);
    }
}
