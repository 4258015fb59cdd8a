using System.Diagnostics;
using System.Globalization;

namespace ResponseCentre.Bench.Load;

/// <summary>Collections and their total pause in this process over a span of time.</summary>
internal sealed record GcActivity(int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static GcActivity Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public GcActivity Since(GcActivity start) => new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, Pause - start.Pause);

    /// <summary>Collections counted once: a gen1 collection also counts as gen0, a gen2 one as both.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Gen0} GCs ({Gen1} gen1, {Gen2} gen2), mean pause {(Gen0 == 0 ? 0 : Pause.TotalMilliseconds / Gen0):F1} ms");
}

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
