namespace TongHop.Reading;

/// <summary>
/// How far the reading of one document has got, for a progress bar: <paramref name="Done"/> of
/// <paramref name="Total"/> pages finished in <paramref name="Stage"/> (e.g. <c>ocr</c>).
/// </summary>
public readonly record struct ReadProgress(string Path, string Stage, int Done, int Total);
