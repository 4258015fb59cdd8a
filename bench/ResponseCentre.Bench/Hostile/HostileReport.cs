using System.Globalization;

namespace ResponseCentre.Bench.Hostile;

/// <summary>The <c>hostile</c> figures as Markdown tables: ours beside Mosquitto's, with ratios where both have the figure.</summary>
internal static class HostileReport
{
    private const double Megabyte = 1024 * 1024;

    public static List<string> Lines(HostileOptions options, ulong openFiles, string loadAverages, FloodFigures ours, FloodFigures theirs, StormFigures oursStorm, StormFigures theirStorm)
    {
        var lines = new List<string>
        {
            $"Hostile clients: connection flood and reconnect storm, ResponseCentre beside Mosquitto in the same run (open file limit {OpenFileLimit.Describe(openFiles)}; 1-minute load average {loadAverages})",
            "",
            F($"## Connection flood: {options.FloodConnections} raw TCP connections that never send CONNECT, held {options.FloodHold.TotalSeconds:F0} s"),
            "",
            F($"A normal device publishes alarms at QoS 1 one at a time: {options.BaselineAlarms} before the flood, then for as long as it is held."),
            "",
            "| figure | ResponseCentre | Mosquitto (peer) | ours / peer |",
            "|---|---|---|---|",
        };
        lines.Add(Row("alarm PUBACK p50 before, ms", ours.Before.P50Ms, theirs.Before.P50Ms));
        lines.Add(Row("alarm PUBACK p99 before, ms", ours.Before.P99Ms, theirs.Before.P99Ms));
        lines.Add(Row("alarm PUBACK p50 during, ms", ours.During.P50Ms, theirs.During.P50Ms));
        lines.Add(Row("alarm PUBACK p99 during, ms", ours.During.P99Ms, theirs.During.P99Ms));
        lines.Add(Row("alarm PUBACK max during, ms", ours.During.MaxMs, theirs.During.MaxMs));
        lines.Add(Slowdown(ours.Before, ours.During, theirs.Before, theirs.During));
        lines.Add(F($"| alarms acknowledged during / failed | {ours.During.Count} / {ours.FailuresDuring} | {theirs.During.Count} / {theirs.FailuresDuring} | |"));
        lines.Add(ours.Health is { } health
            ? F($"| /health p50 / p99 / max during, ms ({health.Count} polls, {ours.HealthFailures} failed) | {health.P50Ms:F2} / {health.P99Ms:F2} / {health.MaxMs:F2} | n/a | |")
            : "| /health during | not measured | n/a | |");
        lines.Add(F($"| flood connections established (TCP) | {ours.Established} of {ours.Attempted} | {theirs.Established} of {theirs.Attempted} | |"));
        lines.Add(F($"| not established (refused or timed out) | {ours.NotEstablished} | {theirs.NotEstablished} | |"));
        lines.Add(F($"| closed by the server while held | {ours.ClosedByServer} | {theirs.ClosedByServer} | |"));
        lines.Add(F($"| time to close p50 / max, ms | {CloseTimes(ours)} | {CloseTimes(theirs)} | |"));
        lines.Add(F($"| opening them all took, s | {ours.OpeningTook.TotalSeconds:F1} | {theirs.OpeningTook.TotalSeconds:F1} | |"));
        lines.Add(F($"| server RSS before / during, MB | {ours.ServerRssBefore / Megabyte:F0} / {ours.ServerRssDuring / Megabyte:F0} | {theirs.ServerRssBefore / Megabyte:F0} / {theirs.ServerRssDuring / Megabyte:F0} | |"));
        lines.Add(F($"| server RSS added by the flood, MB | {(ours.ServerRssDuring - ours.ServerRssBefore) / Megabyte:F0} (with the flood's client side) | {(theirs.ServerRssDuring - theirs.ServerRssBefore) / Megabyte:F0} | |"));
        lines.Add(F($"| the flood's client side alone (this process while it floods Mosquitto), MB | | {(theirs.BenchRssDuring - theirs.BenchRssBefore) / Megabyte:F0} | |"));
        lines.Add("");
        lines.Add(F($"## Reconnect storm: {options.StormDevices} registered devices with valid secrets connecting and disconnecting in a loop for {options.StormDuration.TotalSeconds:F0} s"));
        lines.Add("");
        lines.Add("| figure | ResponseCentre | Mosquitto (peer) | ours / peer |");
        lines.Add("|---|---|---|---|");
        lines.Add(Row("alarm PUBACK p50 before, ms", oursStorm.Before.P50Ms, theirStorm.Before.P50Ms));
        lines.Add(Row("alarm PUBACK p99 before, ms", oursStorm.Before.P99Ms, theirStorm.Before.P99Ms));
        lines.Add(Row("alarm PUBACK max before, ms", oursStorm.Before.MaxMs, theirStorm.Before.MaxMs));
        lines.Add(Row("alarm PUBACK p50 during, ms", oursStorm.During.P50Ms, theirStorm.During.P50Ms));
        lines.Add(Row("alarm PUBACK p99 during, ms", oursStorm.During.P99Ms, theirStorm.During.P99Ms));
        lines.Add(Row("alarm PUBACK max during, ms", oursStorm.During.MaxMs, theirStorm.During.MaxMs));
        lines.Add(Slowdown(oursStorm.Before, oursStorm.During, theirStorm.Before, theirStorm.During));
        lines.Add(F($"| alarms acknowledged during / failed | {oursStorm.During.Count} / {oursStorm.FailuresDuring} | {theirStorm.During.Count} / {theirStorm.FailuresDuring} | |"));
        lines.Add(Row("handshakes completed per second", oursStorm.Storm.HandshakesPerSecond, theirStorm.Storm.HandshakesPerSecond));
        lines.Add(F($"| handshakes completed / refused / failed | {Storm(oursStorm.Storm)} | {Storm(theirStorm.Storm)} | |"));
        lines.Add("");
        lines.Add("Loopback only. Our server runs in the benchmark's process (as in `load`), so the flood's client sockets and the storm's");
        lines.Add("clients share its two cores and its RSS (the flood's client side alone is shown as measured while it holds Mosquitto).");
        lines.Add("Mosquitto has no health endpoint. A connection \"established\" completed its TCP handshake, which the kernel does");
        lines.Add("before the server accepts it; \"closed by the server\" counts those the server closed or reset while they were held.");
        return lines;
    }

    private static string Row(string name, double ours, double theirs) =>
        F($"| {name} | {ours:F2} | {theirs:F2} | {(theirs > 0 ? F($"{ours / theirs:F1}x") : "n/a")} |");

    /// <summary>Each server against itself: how much slower its alarms were acknowledged during than before.</summary>
    private static string Slowdown(LatencySummary oursBefore, LatencySummary oursDuring, LatencySummary theirsBefore, LatencySummary theirsDuring) =>
        F($"| slowdown during / before, p50 and p99 | {Times(oursDuring.P50Ms, oursBefore.P50Ms)}, {Times(oursDuring.P99Ms, oursBefore.P99Ms)} | {Times(theirsDuring.P50Ms, theirsBefore.P50Ms)}, {Times(theirsDuring.P99Ms, theirsBefore.P99Ms)} | |");

    private static string Times(double during, double before) => before > 0 ? F($"{during / before:F1}x") : "n/a";

    private static string CloseTimes(FloodFigures figures) =>
        figures.ClosedByServer == 0 ? "none closed" : F($"{figures.TimeToClose.P50Ms:F0} / {figures.TimeToClose.MaxMs:F0}");

    private static string Storm(StormResult storm) => F($"{storm.Completed} / {storm.Refused} / {storm.Failed}");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
