namespace TongHop.Text.Numbers;

/// <summary>What a number in a report measures, judged from the symbol or word written after it.</summary>
public enum Measure
{
    /// <summary>A plain count or amount ("18.009 người", "74 máy tính").</summary>
    Number,

    /// <summary>A percent ("85,3%").</summary>
    Percent,

    /// <summary>Money in đồng ("7.630.404.000 đồng", "100.000.000đ", "1,2 tỷ đồng").</summary>
    Money,

    /// <summary>An area in km² ("46,046 km2"; hectares are converted).</summary>
    Area,

    /// <summary>A part of a whole written "496/757" or "496 trên tổng số 757".</summary>
    Fraction,
}
