using TongHop.Text.Numbers;

namespace TongHop.Checks.Indicators;

/// <summary>Compares a stated percent with numerator/denominator at the precision it was written with.</summary>
internal static class Percentages
{
    /// <summary>numerator/denominator × 100.</summary>
    public static decimal Of(decimal numerator, decimal denominator) => numerator * 100 / denominator;

    /// <summary>Whether <paramref name="stated"/> is the ratio rounded to the stated decimals ("65,5%" for 496/757 = 65,52…%;
    /// "66%" also, rounded to a whole percent), allowing for rounding down as authors often do.</summary>
    public static bool Agree(decimal numerator, decimal denominator, decimal stated)
    {
        var step = stated.Scale == 0 ? 1m : 1m / Pow10(stated.Scale);
        return Math.Abs(Of(numerator, denominator) - stated) < step;
    }

    /// <summary>"65,5" — one decimal, Vietnamese notation.</summary>
    public static string Format(decimal percent) => VietnameseNumber.ToVietnamese(Math.Round(percent, 1, MidpointRounding.AwayFromZero));

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10;
        }

        return result;
    }
}
