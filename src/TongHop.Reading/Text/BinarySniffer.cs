namespace TongHop.Reading.Text;

/// <summary>Tells text from binary by looking for control bytes that text files do not contain.</summary>
internal static class BinarySniffer
{
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                control++;
            }
        }

        // A few stray control bytes occur in real text exports; many mean binary data.
        return head.Length > 0 && control * 100 > head.Length;
    }
}
