namespace TongHop.Reading.Images;

/// <summary>An image file's kind (<c>png</c>, <c>jpeg</c>, <c>tiff</c>) and the pixel size of each page, read from its header.</summary>
public sealed record ImageInfo(string Kind, IReadOnlyList<(int Width, int Height)> Pages);
