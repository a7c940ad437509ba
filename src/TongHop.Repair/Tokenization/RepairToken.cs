namespace TongHop.Repair.Tokenization;

/// <summary>
/// One whitespace-delimited token of a line. <see cref="CoreStart"/>/<see cref="CoreLength"/> delimit the part
/// that may be rewritten; the leading and trailing punctuation around it is always kept. Offsets are
/// [start, start + length) into the line.
/// </summary>
public readonly record struct RepairToken(int Start, int Length, int CoreStart, int CoreLength, TokenKind Kind)
{
    /// <summary>The core of this token in its <paramref name="line"/>.</summary>
    public ReadOnlySpan<char> Core(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.AsSpan(CoreStart, CoreLength);
    }
}
