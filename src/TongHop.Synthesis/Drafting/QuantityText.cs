using TongHop.Core.Indicators;
using TongHop.Text.Numbers;

namespace TongHop.Synthesis.Drafting;

/// <summary>A value with its catalog unit's word, as the synthesis writes it: 65,5%, 1.234 người, 7.630.404.000 đồng, 12,5 km².</summary>
public static class QuantityText
{
    public static string Of(decimal value, MeasureUnit unit) => unit switch
    {
        MeasureUnit.Percent => VietnameseNumber.ToVietnamesePercent(value),
        MeasureUnit.Vnd => VietnameseNumber.ToVietnamese(value, 0) + " đồng",
        MeasureUnit.People => VietnameseNumber.ToVietnamese(value, 2) + " người",
        MeasureUnit.Km2 => VietnameseNumber.ToVietnamese(value, 2) + " km²",
        _ => VietnameseNumber.ToVietnamese(value, 2),
    };
}
