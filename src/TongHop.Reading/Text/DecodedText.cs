namespace TongHop.Reading.Text;

/// <summary>Text decoded from bytes, in NFC with <c>\n</c> line ends, and the encoding it was read as.</summary>
public sealed record DecodedText(string Text, string Encoding);
