using System.Numerics;

namespace TongHop.Repair.LanguageModel;

/// <summary>
/// Open-addressing hash map from a packed n-gram key to a 16-bit payload (quantised scores). A slot keeps a
/// 32-bit fingerprint of the key instead of the key (a false match has odds of about 1 in 4 billion per probe,
/// far below the quantisation noise) so that slot and payload share 8 bytes and the decoder's random probes
/// touch one cache line. Built once at load time, then read-only: safe from many threads, no allocation.
/// </summary>
internal sealed class NGramTable
{
    private readonly Slot[] slots;
    private readonly int shift;
    private readonly int mask;

    public NGramTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<ushort> payloads)
    {
        // Load factor about 0.5–0.7 keeps probe chains short.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + (keys.Length / 2)));
        slots = new Slot[capacity];
        mask = capacity - 1;
        shift = 64 - BitOperations.Log2((uint)capacity);
        for (var i = 0; i < keys.Length; i++)
        {
            var index = Index(keys[i]);
            while (slots[index].Check != 0)
            {
                index = (index + 1) & mask;
            }

            slots[index] = new Slot(Check(keys[i]), payloads[i]);
        }

        Count = keys.Length;
    }

    public int Count { get; }

    public long MemoryBytes => slots.LongLength * 8;

    public bool TryGet(ulong key, out ushort value)
    {
        var check = Check(key);
        var index = Index(key);
        while (true)
        {
            var slot = slots[index];
            if (slot.Check == check)
            {
                value = slot.Value;
                return true;
            }

            if (slot.Check == 0)
            {
                value = 0;
                return false;
            }

            index = (index + 1) & mask;
        }
    }

    private int Index(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    // Never 0: 0 marks an empty slot.
    private static uint Check(ulong key) => (uint)((key * 0xC2B2AE3D27D4EB4FUL) >> 32) | 1u;

    private readonly record struct Slot(uint Check, ushort Value);
}
