using System.Globalization;

namespace ResponseCentre.Gateway.Connections;

/// <summary>The process's soft limit on open files (Linux), which every device connection counts against.</summary>
internal static class FileHandleLimit
{
    /// <summary>Handles the broker's limits need, beside those of HTTP, the database and the cluster.</summary>
    public static int Needed(ConnectionLimitsOptions limits) => limits.MaxConnections + limits.MaxPendingConnections + 512;

    /// <summary>The soft limit from /proc/self/limits, or null where there is none to read.</summary>
    public static long? Current()
    {
        const string path = "/proc/self/limits";
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return long.TryParse(soft, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
