using System.Text;
using TongHop.Text.Normalization;

namespace TongHop.Text.Tests.Normalization;

/// <summary>The one-pass <see cref="VietnameseText.FoldLower"/> gives what folding and then lower-casing gives.</summary>
public sealed class FoldLowerTableTests
{
    [Fact]
    public void FoldLower_EqualsFoldThenLowerForEveryNormalizedChar()
    {
        var compared = 0;
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c) || !IsNormalized(c))
            {
                continue;
            }

            var text = "A" + c;
            Assert.Equal(VietnameseText.Fold(text).ToLowerInvariant(), VietnameseText.FoldLower(text));
            compared++;
        }

        Assert.True(compared > 60000);
    }

    // Noncharacters such as U+FFFF cannot be normalised at all; Nfc rejects them before either path runs.
    private static bool IsNormalized(char c)
    {
        try
        {
            return c.ToString().IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Theory]
    [InlineData("Đảng Ủy", "dang uy")]
    [InlineData("Ho\u0300a", "hoa")] // decomposed input is normalised first
    [InlineData("\U00010400x", "\U00010428x")] // a supplementary capital (Deseret) still lower-cases
    public void FoldLower_HandlesUnusualInput(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.FoldLower(text));

    [Fact]
    public void IsPlainStarter_EveryPlainCharIsNfcBesideAnyPlainChar()
    {
        var plain = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(VietnameseText.IsPlainStarter).ToList();
        foreach (var c in plain)
        {
            Assert.True(IsNormalized(c), $"U+{(int)c:X4} is not NFC on its own");
        }

        // A plain char never composes with what precedes it: check it after every letter that takes marks.
        foreach (var c in plain.Where(c => c >= '\u00C0'))
        {
            foreach (var before in "aAeEoOuUyYđĐăâêôơư")
            {
                Assert.True($"{before}{c}".IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4} composes");
            }
        }

        Assert.True(plain.Count > 900);
    }

    [Theory]
    [InlineData("Kết quả – “triển khai”…", true)]
    [InlineData("Ke\u0302\u0301t", false)]
    [InlineData("\u2000", false)] // EN QUAD decomposes to EN SPACE
    [InlineData("안녕", false)]
    public void IsPlainlyNfc_AnswersOnlyForPlainText(string text, bool plain)
    {
        Assert.Equal(plain, VietnameseText.IsPlainlyNfc(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormC), VietnameseText.Nfc(text));
    }
}
