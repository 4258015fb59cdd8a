using System.Diagnostics;
using System.Globalization;

namespace ResponseCentre.Bench.Load;

/// <summary>Memory and CPU time of a process, as Linux reports them; the same reading for our process and Mosquitto.</summary>
internal static class ProcessMeter
{
    /// <summary>Resident set size: VmRSS from /proc/PID/status.</summary>
    public static long RssBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    public static TimeSpan CpuTime(int pid)
    {
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// This process's managed heap after full, compacting, blocking collections. Aggressive mode also
    /// gives back the memory the heap no longer needs, so RSS read afterwards is not flattered by free
    /// space an earlier step left committed.
    /// </summary>
    public static long ManagedBytesAfterFullGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    /// <summary>A reading of this process: managed heap after full GC, and RSS.</summary>
    public static (long Managed, long Rss) Self()
    {
        var managed = ManagedBytesAfterFullGc();
        return (managed, RssBytes(Environment.ProcessId));
    }
}
