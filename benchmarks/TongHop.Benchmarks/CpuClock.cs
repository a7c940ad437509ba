using System.Runtime.InteropServices;

namespace TongHop.Benchmarks;

/// <summary>
/// CPU time (user + system) of this process and of its children that have been waited for (tesseract,
/// pdftoppm), from getrusage(2). On a loaded machine wall times say more about the other users than about
/// the work; the CPU seconds a read costs do not depend on them (much), so the benchmarks print both.
/// </summary>
internal static partial class CpuClock
{
    private const int Self = 0;
    private const int Children = -1;

    /// <summary>CPU time spent so far by this process and its finished children; zero where getrusage is missing.</summary>
    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }

        return Used(Self) + Used(Children);
    }

    private static TimeSpan Used(int who)
    {
        var usage = new RUsage();
        if (GetRUsage(who, ref usage) != 0)
        {
            return TimeSpan.Zero;
        }

        var microseconds = ((usage.UserSeconds + usage.SystemSeconds) * 1_000_000) + usage.UserMicroseconds + usage.SystemMicroseconds;
        return TimeSpan.FromMicroseconds(microseconds);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, ref RUsage usage);

    // struct rusage on 64-bit Linux: two struct timeval, then 14 longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long IxRss;
        public long IdRss;
        public long IsRss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NVcsw;
        public long NIvcsw;
    }
}
