using ScottPlot;
using TongHop.Core.Indicators;
using TongHop.Synthesis.Drafting;

namespace TongHop.Synthesis.Charts;

/// <summary>
/// Draws a <see cref="DraftChart"/> as a PNG: one horizontal bar per unit, highest on top, its value at the
/// bar's end in Vietnamese notation. Text is set in a font with Vietnamese glyphs (see <see cref="ChartFonts"/>).
/// A percentage's axis runs from 0 to 100 % (no further, as a share cannot), its labels in the middle of lighter bars,
/// where a 100 % bar has room for them.
/// </summary>
public static class BarChartRenderer
{
    public static byte[] Render(DraftChart chart, int width, int height) => Plot(chart).GetImageBytes(width, height, ImageFormat.Png);

    /// <summary>The chart as a ScottPlot plot, before rendering (its axes as they will be drawn where set explicitly).</summary>
    public static Plot Plot(DraftChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = new ScottPlot.Plot();
        ChartFonts.Apply(plot);
        var percent = chart.ValueUnit == MeasureUnit.Percent;
        // Bottom-up positions: the first (highest) bar drawn at the top.
        var bars = chart.Bars.Select((b, i) => new Bar
        {
            Position = chart.Bars.Count - 1 - i,
            Value = (double)b.Value,
            Label = QuantityText.Of(b.Value, chart.ValueUnit),
            FillColor = Color.FromHex(percent ? "#9DC3E6" : "#2F5597"),
            Orientation = Orientation.Horizontal,
            CenterLabel = percent,
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontName = ChartFonts.Family;
        series.ValueLabelStyle.FontSize = 22;
        plot.Axes.Left.SetTicks(bars.Select(b => b.Position).ToArray(), chart.Bars.Select(b => b.Label).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 22;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 20;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.15, bottom: 0.02, top: 0.02);
        plot.Grid.MajorLineColor = Color.FromHex("#E0E0E0");
        if (percent)
        {
            var top = Math.Max(100, chart.Bars.Count == 0 ? 100 : (double)chart.Bars.Max(b => b.Value));
            plot.Axes.SetLimitsX(0, top);
            plot.Axes.Right.MinimumSize = 40; // room for the last tick label, "100%"
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%" };
        }

        return plot;
    }
}
