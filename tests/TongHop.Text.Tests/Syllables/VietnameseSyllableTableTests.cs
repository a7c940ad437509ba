using System.Globalization;
using System.Text;
using TongHop.Testing;
using TongHop.Text.Syllables;

namespace TongHop.Text.Tests.Syllables;

/// <summary>The table-driven syllable check gives exactly what decomposing each token gives.</summary>
public sealed class VietnameseSyllableTableTests
{
    [Fact]
    public void ToneLetters_SplitsEveryLatinLetterAsDecompositionDoes()
    {
        var checkedLetters = 0;
        foreach (var c in Enumerable.Range(0, 0x250).Concat(Enumerable.Range(0x1E00, 0x100)).Select(i => (char)i))
        {
            var bare = new char[1];
            var status = ToneLetters.Split([c], bare, out var tone);
            if (status == ToneLetters.Status.Unknown)
            {
                continue;
            }

            var expected = VietnameseSyllable.SplitToneByDecomposition(c.ToString(), out var expectedBare, out var expectedTone);
            Assert.Equal(expected, status);
            if (status != ToneLetters.Status.NotLetter)
            {
                Assert.Equal(expectedBare, new string(bare));
                Assert.Equal(expectedTone, tone);
                checkedLetters++;
            }
        }

        Assert.True(checkedLetters > 400, $"only {checkedLetters} letters are in the table");
    }

    [Theory]
    [InlineData("clean", "001.txt")]
    [InlineData("ocr", "001.txt")]
    [InlineData("ocr", "002.txt")]
    [InlineData("ocr", "003.txt")]
    public void IsValid_AgreesWithTheRulesOnEverySampleToken(string kind, string name)
    {
        var tokens = File.ReadAllText(SharedPaths.Sample(kind, name)).Normalize(NormalizationForm.FormC)
            .Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => WordShape.Core(t).ToString())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var valid = 0;
        foreach (var token in tokens)
        {
            var expected = ByRules(token);
            Assert.True(expected == VietnameseSyllable.IsValid(token), $"'{token}': the rules say {expected}");
            valid += expected ? 1 : 0;
        }

        Assert.InRange(valid, 50, tokens.Count - 1);
    }

    [Theory]
    [InlineData("Quye\u0302\u0301t", true)] // decomposed input takes the decomposition path
    [InlineData("ho\u0300a", true)]
    [InlineData("a\u0301\u0300", false)]
    [InlineData("Ǘ", false)]
    [InlineData("Ðắk", false)] // Ð (U+00D0, Icelandic eth) is not Đ
    [InlineData("ĐẮK", true)]
    [InlineData("ẠẢ", false)]
    public void IsValid_AgreesWithTheRulesOnUnusualSpellings(string token, bool valid)
    {
        Assert.Equal(valid, ByRules(token));
        Assert.Equal(valid, VietnameseSyllable.IsValid(token));
    }

    [Theory]
    [InlineData("ẠẢ")]
    [InlineData("Quyết")]
    [InlineData("Quye\u0302\u0301t")]
    [InlineData("x1")]
    public void StripToneAndToneOf_AgreeWithDecomposition(string token)
    {
        var status = VietnameseSyllable.SplitToneByDecomposition(token, out var bare, out var tone);
        Assert.Equal(bare, VietnameseSyllable.StripTone(token));
        Assert.Equal(status == ToneLetters.Status.Ok ? tone : null, VietnameseSyllable.ToneOf(token));
    }

    [Fact]
    public void BareSyllables_HoldsWhatTheRulesAllow()
    {
        foreach (var (bare, expected) in new[] { ("nghiêng", true), ("quyêt", true), ("gi", true), ("ghu", false), ("thue", false) })
        {
            foreach (var tone in Enum.GetValues<VietnameseTone>())
            {
                Assert.Equal(expected && BareSyllables.FitsByRules(bare, tone), BareSyllables.Fits(bare, tone));
            }
        }

        Assert.False(BareSyllables.Fits("cac", VietnameseTone.Falling));
        Assert.True(BareSyllables.Fits("cac", VietnameseTone.Rising));
    }

    private static bool ByRules(string token) =>
        token.Length is > 0 and <= 8 &&
        VietnameseSyllable.SplitToneByDecomposition(token, out var bare, out var tone) == ToneLetters.Status.Ok &&
        BareSyllables.FitsByRules(bare, tone);
}
