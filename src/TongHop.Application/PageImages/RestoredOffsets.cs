namespace TongHop.Application.PageImages;

/// <summary>
/// Maps offsets of the read text onto the restored text. Repair keeps the lines (the restored text has the same
/// line breaks), so an offset keeps its line and moves within it in proportion to the line's change in length
/// (repair changes a few letters a word, rarely a word's place). Texts whose line counts differ are mapped in
/// proportion as a whole.
/// </summary>
public sealed class RestoredOffsets
{
    private readonly int[] _readStarts;
    private readonly int[] _restoredStarts;
    private readonly int _readLength;
    private readonly int _restoredLength;

    public RestoredOffsets(string read, string restored)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(restored);
        _readStarts = LineStarts(read);
        _restoredStarts = LineStarts(restored);
        _readLength = read.Length;
        _restoredLength = restored.Length;
    }

    public int Map(int offset)
    {
        offset = Math.Clamp(offset, 0, _readLength);
        if (_readStarts.Length != _restoredStarts.Length)
        {
            return _readLength == 0 ? 0 : (int)Math.Round((double)offset * _restoredLength / _readLength);
        }

        var line = Array.BinarySearch(_readStarts, offset);
        line = line >= 0 ? line : ~line - 1;
        var readLine = LineLength(_readStarts, line, _readLength);
        var restoredLine = LineLength(_restoredStarts, line, _restoredLength);
        var column = offset - _readStarts[line];
        var moved = readLine == 0 ? 0 : (int)Math.Round((double)column * restoredLine / readLine);
        return _restoredStarts[line] + Math.Min(moved, restoredLine);
    }

    private static int LineLength(int[] starts, int line, int length) =>
        (line + 1 < starts.Length ? starts[line + 1] - 1 : length) - starts[line];

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
