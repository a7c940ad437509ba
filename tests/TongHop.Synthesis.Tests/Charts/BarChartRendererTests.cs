using TongHop.Core.Indicators;
using TongHop.Synthesis.Charts;
using TongHop.Synthesis.Drafting;

namespace TongHop.Synthesis.Tests.Charts;

public sealed class BarChartRendererTests
{
    [Fact]
    public void Render_Bars_GivesAPngOfTheAskedSize()
    {
        var chart = new DraftChart("Biểu đồ", MeasureUnit.Percent, [new("Xã Tịnh Phong", 65.5m), new("Phường Nghĩa Lộ", 81.2m), new("Đặc khu Lý Sơn", 40m)]);
        var png = BarChartRenderer.Render(chart, 800, 300);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        // IHDR width and height, big-endian, at bytes 16–23.
        Assert.Equal(800, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(300, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void Percentages_AxisEndsAt100()
    {
        var chart = new DraftChart("Biểu đồ", MeasureUnit.Percent, [new("Xã Tịnh Phong", 100m), new("Phường Nghĩa Lộ", 100m), new("Đặc khu Lý Sơn", 92.5m)]);
        var plot = BarChartRenderer.Plot(chart);
        plot.GetImageBytes(800, 300, ScottPlot.ImageFormat.Png);
        var limits = plot.Axes.GetLimits();
        Assert.Equal((0d, 100d), (limits.Left, limits.Right));
    }

    [Fact]
    public void Fonts_VietnameseFontFile_IsFound()
    {
        // The test machine installs fonts-liberation2 (scripts/test); without it chart labels lose their diacritics.
        Assert.True(ChartFonts.Available);
    }
}
