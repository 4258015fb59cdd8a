using System.Globalization;
using System.Runtime.InteropServices;

namespace ResponseCentre.Bench.Hostile;

/// <summary>
/// The flood holds thousands of sockets in this process (and, for our server, as many again on the
/// server side of the same process): raise the soft open-file limit to the hard one. Mosquitto,
/// started afterwards, inherits it.
/// </summary>
internal static class OpenFileLimit
{
    private const int NoFile = 7; // RLIMIT_NOFILE on Linux

    /// <summary>Raises the soft limit to the hard limit where it is lower; returns the soft limit now in force.</summary>
    public static ulong RaiseToHard()
    {
        if (GetLimit(NoFile, out var limit) != 0)
        {
            return 0;
        }

        if (limit.Current < limit.Maximum)
        {
            var raised = limit with { Current = limit.Maximum };
            if (SetLimit(NoFile, in raised) == 0)
            {
                return raised.Current;
            }
        }

        return limit.Current;
    }

    public static string Describe(ulong limit) => limit == ulong.MaxValue ? "unlimited" : limit.ToString(CultureInfo.InvariantCulture);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct ResourceLimit(ulong Current, ulong Maximum);

    // Blittable arguments only, so no marshalling code needs generating.
    [DllImport("libc", EntryPoint = "getrlimit")]
    private static extern int GetLimit(int resource, out ResourceLimit limit);

    [DllImport("libc", EntryPoint = "setrlimit")]
    private static extern int SetLimit(int resource, in ResourceLimit limit);
}
