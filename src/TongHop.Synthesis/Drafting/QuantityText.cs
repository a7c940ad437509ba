using TongHop.Text.Numbers;

namespace TongHop.Synthesis.Drafting;

/// <summary>A value with its catalog unit's word, as the synthesis writes it: 65,5%, 1.234 người, 7.630.404.000 đồng, 12,5 km².</summary>
public static class QuantityText
{
    public static string Of(decimal value, string unit) => unit switch
    {
        "percent" => VietnameseNumber.ToVietnamesePercent(value),
        "vnd" => VietnameseNumber.ToVietnamese(value, 0) + " đồng",
        "people" => VietnameseNumber.ToVietnamese(value, 2) + " người",
        "km2" => VietnameseNumber.ToVietnamese(value, 2) + " km²",
        _ => VietnameseNumber.ToVietnamese(value, 2),
    };
}
