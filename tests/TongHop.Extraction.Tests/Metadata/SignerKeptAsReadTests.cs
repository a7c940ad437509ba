using TongHop.Extraction.Metadata;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// A signer's syllable that English OCR read as a well-formed syllable of no name in its place, which repair changed
/// into a name of other letters that English OCR seldom prints so ("La" made "Lâm": a final m lost): the syllable stays
/// as read and the reviewer is told, since a rare name with its marks dropped is the likelier reading and another name
/// would be a wrong one. Letters English OCR often changes (ă read i, Đ read P) are mended as before.
/// </summary>
public sealed class SignerKeptAsReadTests
{
    [Fact]
    public void WellFormedSyllableRepairChangedUnlikely_StaysAsRead()
    {
        var outcome = SignerNameCheck.Check("Vũ Đức Lâm", "Vu Duc La");
        Assert.Equal("Vũ Đức La", outcome.Name);
        Assert.False(outcome.Ambiguous);
        Assert.Equal(["La"], outcome.Doubted);
    }

    [Theory]
    [InlineData("Phan Văn Hiếu", "Phan Vin Hiéu")]   // English OCR's i for ă: Vin is Văn
    [InlineData("Đinh Văn Tú", "Pinh Van Tu")]       // P for Đ
    [InlineData("Phạm Minh Tuấn", "Pham Minh Tudn")] // "Tudn" is no syllable: repair's letters stand
    public void LettersEnglishOcrOftenChanges_AreMended(string repaired, string asRead)
    {
        var outcome = SignerNameCheck.Check(repaired, asRead);
        Assert.Equal(repaired, outcome.Name);
        Assert.Null(outcome.Doubted);
    }

    [Fact]
    public void NoSyllableAsReadRepairChangedUnlikely_StaysAsRead()
    {
        // "Khoc" (no unmarked syllable: a stop after o takes a mark) made "Học", a change of letters English OCR seldom makes
        var outcome = SignerNameCheck.Check("Danh Học Vinh", "Danh Khoc Vinh");
        Assert.Equal("Danh Khoc Vinh", outcome.Name);
    }

    [Fact]
    public void JraiClanInTwoWords_KeepsItsSecondWord()
    {
        Assert.Equal("Rơ Mah Thị Hoa", SignerNameCheck.Check("Rơ Mạnh Thị Hoa", "Ro Mah Thi Hoa").Name);
        Assert.Equal("Rơ Châm Văn Tú", SignerNameCheck.Check("Rơ Chậm Văn Tú", "Ro Cham Van Tu").Name);
    }

    [Fact]
    public void MiddleNameAfterAnotherFamily_IsNoClan() =>
        Assert.Equal("Trần Mạnh Hùng", SignerNameCheck.Check("Trần Mạnh Hùng", "Tran Manh Hung").Name);

    [Fact]
    public void RepairsNameOnlyNarrowlyLikelierThanTheNameAsRead_IsDoubted()
    {
        // "Pao": Đào (English OCR's P for Đ) or the Hmong and Thái Páo (a mark dropped): about as likely
        var outcome = SignerNameCheck.Check("Sầm Văn Đào", "Sam Van Pao");
        Assert.Equal("Sầm Văn Đào", outcome.Name);
        Assert.Contains("Đào", outcome.Doubted!);
    }
}
