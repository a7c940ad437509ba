using TongHop.Text.Numbers;

namespace TongHop.Text.Tests.Numbers;

/// <summary>
/// The words after a number that make it money, and the words before it that make it a reference, read the same on a
/// text that lost its marks as on a marked one.
/// </summary>
public sealed class UnitAndReferenceWordsTests
{
    [Theory]
    [InlineData("Chi hội phân công 03 đồng chí theo dõi.")]
    [InlineData("Chi hoi phan cong 03 dong chi theo doi.")] // the same without marks
    [InlineData("Xã có 40 dong bao dân tộc.")]
    public void DongBeforeANoun_IsNoMoney(string text) => Assert.NotEqual(Measure.Money, UnitAfter(text, "03", "40"));

    [Theory]
    [InlineData("Kinh phí 50.000 đồng chi trả cho mỗi lớp.")]
    [InlineData("Kinh phi 50.000 dong chi tra cho moi lop.")] // money spent, without marks
    [InlineData("Mức 20.000 dong hỗ trợ mỗi người.")] // "dong ho" is also "đồng hỗ trợ": left money
    [InlineData("Kinh phí 30.000 đồng.")]
    public void DongAsCurrency_StaysMoney(string text) => Assert.Equal(Measure.Money, UnitAfter(text, "50.000", "20.000", "30.000"));

    [Theory]
    [InlineData("Các tổ đã hướng dẫn 1.940 người dân.", "1.940")]
    [InlineData("Cac to da huong dan 1.940 nguoi dan.", "1.940")] // the verb without marks counts people too
    [InlineData("Phường đã báo cáo 12 vụ việc.", "12")]
    public void ADocumentTypeUsedAsAVerb_IsNoReference(string text, string number) =>
        Assert.False(ReferenceWords.PrecedeReference(text, text.IndexOf(number, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Thực hiện hướng dẫn 15 của Sở.", "15")]
    [InlineData("Thuc hien huong dan 15 cua So.", "15")]
    [InlineData("Theo Hướng dẫn 31 ngày 02/3/2026.", "31")]
    public void ADocumentTypeBeforeItsNumber_StaysAReference(string text, string number) =>
        Assert.True(ReferenceWords.PrecedeReference(text, text.IndexOf(number, StringComparison.Ordinal)));

    private static Measure UnitAfter(string text, params string[] numbers)
    {
        var number = numbers.First(n => text.Contains(n, StringComparison.Ordinal));
        return UnitWords.Read(text, text.IndexOf(number, StringComparison.Ordinal) + number.Length).Measure;
    }
}
