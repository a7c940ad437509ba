namespace TongHop.Core;

/// <summary>
/// A range of characters in a text: <see cref="Start"/> is inclusive, <see cref="End"/> is exclusive,
/// i.e. <c>[Start, End)</c>. Offsets are UTF-16 indices into the restored (NFC) text of a document.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"[{Start}, {End})";
}
