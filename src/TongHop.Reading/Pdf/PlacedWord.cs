namespace TongHop.Reading.Pdf;

/// <summary>A word drawn on a PDF page, in the page's coordinates (points, origin at the bottom left).</summary>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Bottom">Bottom of its box (below the baseline by the descent).</param>
/// <param name="Top">Top of its box.</param>
internal readonly record struct PlacedWord(string Text, double Left, double Right, double Bottom, double Top);
