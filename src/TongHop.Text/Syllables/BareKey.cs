namespace TongHop.Text.Syllables;

/// <summary>
/// A toneless spelling of at most <see cref="MaxLength"/> letters packed into a number, five bits a letter, over
/// the 29 letters Vietnamese spells with (no f, j, w, z): "nghiêng" becomes one <see cref="ulong"/>, so a lookup
/// hashes a number instead of a string. Codes start at 1, so spellings of different lengths never collide.
/// </summary>
internal static class BareKey
{
    public const int MaxLength = 8;

    private const string Alphabet = "abcdeghiklmnopqrstuvxyăâêôơưđ";

    /// <summary>The code of a lower-case letter, 0 for a letter no syllable is spelled with.</summary>
    public static byte Code(char letter)
    {
        var index = Alphabet.IndexOf(letter, StringComparison.Ordinal);
        return (byte)(index + 1);
    }

    /// <summary>Appends one letter's code (1–29) to <paramref name="key"/>.</summary>
    public static ulong Append(ulong key, byte code) => (key << 5) | code;

    /// <summary>Packs <paramref name="bare"/>; false when it is too long or holds a letter outside the alphabet.</summary>
    public static bool TryCreate(ReadOnlySpan<char> bare, out ulong key)
    {
        key = 0;
        if (bare.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in bare)
        {
            var code = Code(c);
            if (code == 0)
            {
                return false;
            }

            key = Append(key, code);
        }

        return true;
    }
}
