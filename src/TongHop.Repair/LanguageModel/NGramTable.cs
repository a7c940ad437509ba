using System.Numerics;

namespace TongHop.Repair.LanguageModel;

/// <summary>
/// Open-addressing hash map from a packed n-gram key to a 16-bit payload (quantised scores). Built once at
/// load time, then read-only: lookups are allocation-free and safe from many threads.
/// </summary>
internal sealed class NGramTable
{
    private const ulong Empty = ulong.MaxValue;
    private readonly ulong[] keys;
    private readonly ushort[] values;
    private readonly int shift;
    private readonly int mask;

    public NGramTable(ReadOnlySpan<ulong> sortedKeys, ReadOnlySpan<ushort> payloads)
    {
        // Load factor at most 0.5 keeps probe chains short for the decoder's hot loop.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, sortedKeys.Length * 2));
        keys = new ulong[capacity];
        values = new ushort[capacity];
        Array.Fill(keys, Empty);
        mask = capacity - 1;
        shift = 64 - BitOperations.Log2((uint)capacity);
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            var slot = Slot(sortedKeys[i]);
            while (keys[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = sortedKeys[i];
            values[slot] = payloads[i];
        }

        Count = sortedKeys.Length;
    }

    public int Count { get; }

    public long MemoryBytes => keys.LongLength * sizeof(ulong) + values.LongLength * sizeof(ushort);

    public bool TryGet(ulong key, out ushort value)
    {
        var slot = Slot(key);
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                value = values[slot];
                return true;
            }

            if (k == Empty)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
}
