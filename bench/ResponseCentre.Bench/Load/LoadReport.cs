using System.Globalization;

namespace ResponseCentre.Bench.Load;

/// <summary>The figures of a <c>load</c> run as one Markdown table, with how each was measured under it.</summary>
internal sealed class LoadReport(LoadOptions options)
{
    private const double Gigabyte = 1e9;

    public IngestFigures? OursIngest { get; set; }
    public IngestFigures? MosquittoIngest { get; set; }
    public LatencyFigures? OursLatency { get; set; }
    public LatencyFigures? MosquittoLatency { get; set; }
    public LatencySummary? Deadlines { get; set; }
    public LatencySummary? Timers { get; set; }
    public LoadResult? DeadlineBackground { get; set; }
    public TimeSpan Arming { get; set; }
    public GcActivity? DeadlineGc { get; set; }
    public MemoryFigures? Grains { get; set; }
    public MemoryFigures? OursConnections { get; set; }
    public MemoryFigures? MosquittoConnections { get; set; }
    public string LoadAverageAtStart { get; set; } = "";
    public string LoadAverageAtEnd { get; set; } = "";

    public List<string> Lines()
    {
        var ours = OursIngest!;
        var theirs = MosquittoIngest!;
        var grainsPerGbManaged = Gigabyte / Grains!.ManagedPerItem!.Value;
        var grainsPerGbRss = Gigabyte / Grains.RssPerItem;
        var percent = options.Fraction * 100;
        var ourLatency = OursLatency!.Latency;
        var theirLatency = MosquittoLatency!.Latency;
        return
        [
            F($"Load: {options.Devices} device connections x up to {options.Window} QoS 1 publishes in flight, 1 alarm per {options.AlarmEvery} messages (the rest telemetry, 3 readings each), {options.Duration.TotalSeconds:F0} s measured per phase (ingest after {options.WarmUp.TotalSeconds:F0} s warm-up), from one generator process"),
            "",
            "| phase | figure | ResponseCentre | peer | ours / peer | goal | met |",
            "|---|---|---|---|---|---|---|",
            F($"| 1 ingest | acknowledged (success PUBACK) messages/s | {ours.Load.PerSecond:N0} | {theirs.Load.PerSecond:N0} (Mosquitto) | {ours.Load.PerSecond / theirs.Load.PerSecond:F2} | >= 0.6 | {Met(ours.Load.PerSecond / theirs.Load.PerSecond >= 0.6)} |"),
            F($"| 1 ingest | rejected; failed (no PUBACK) | {ours.Load.DescribeRejected()}; {ours.Load.Failed} | {theirs.Load.DescribeRejected()}; {theirs.Load.Failed} | | | |"),
            F($"| 1 ingest | received by the consumer/s | = acknowledged (stored before its PUBACK) | {theirs.RelayedPerSecond:N0} (one QoS 1 subscriber) | {ours.Load.PerSecond / theirs.RelayedPerSecond:F2} | | |"),
            F($"| 1 ingest | server CPU per acknowledged message | {ours.ServerCpuMicrosPerMessage:F0} µs | {theirs.ServerCpuMicrosPerMessage:F1} µs | {ours.ServerCpuMicrosPerMessage / theirs.ServerCpuMicrosPerMessage:F0}x | | |"),
            F($"| 1 ingest | consumer CPU per received message | (in the server) | {theirs.ConsumerCpuMicrosPerMessage:F1} µs (the subscriber) | | | |"),
            F($"| 1 ingest | generator CPU per acknowledged message | {ours.GeneratorCpuMicrosPerMessage:F0} µs | {theirs.GeneratorCpuMicrosPerMessage:F0} µs | | | |"),
            F($"| 2 alarm latency, telemetry at {percent:F0}% of own rate | publish -> receipt p50 / p99 / max ms | {Latency(ourLatency)} | {Latency(theirLatency)} | p99 {Ratio(ourLatency.P99Ms, theirLatency.P99Ms)} | p99 < 10 ms | {Met(ourLatency.P99Ms < 10 && OursLatency.Lost == 0)} |"),
            F($"| 2 alarm latency | alarms timed; lost (> 10 s); background telemetry/s | {ourLatency.Count}; {OursLatency.Lost}; {OursLatency.Background.PerSecond:N0} | {theirLatency.Count}; {MosquittoLatency.Lost}; {MosquittoLatency.Background.PerSecond:N0} | | | |"),
            F($"| 2 alarm latency | garbage collections in the benchmark process meanwhile | {OursLatency.Gc.Describe()} (the app) | {MosquittoLatency.Gc.Describe()} (the subscribers) | | | |"),
            F($"| 3a resident grains | managed heap per grain (after full GC) | {Grains.ManagedPerItem:N0} B = {grainsPerGbManaged:N0} per GB | | | >= 300,000 per GB | {Met(grainsPerGbManaged >= 300_000)} |"),
            F($"| 3a resident grains | RSS per grain | {Grains.RssPerItem:N0} B = {grainsPerGbRss:N0} per GB | | | >= 300,000 per GB | {Met(grainsPerGbRss >= 300_000)} |"),
            F($"| 3b idle connections | RSS per connection | {OursConnections!.RssPerItem:N0} B | {MosquittoConnections!.RssPerItem:N0} B (Mosquitto) | {OursConnections.RssPerItem / MosquittoConnections.RssPerItem:F1}x | | |"),
            F($"| 3b idle connections | managed heap per connection (after full GC) | {OursConnections.ManagedPerItem:N0} B | | | | |"),
            F($"| 4 deadline lateness, load at {percent:F0}% of ingest rate | p50 / p99 / max ms | {Latency(Deadlines!)} | {Latency(Timers!)} (.NET timers) | p99 {Ratio(Deadlines!.P99Ms, Timers!.P99Ms)} | p99 < 20 ms | {Met(Deadlines!.P99Ms < 20)} |"),
            F($"| 4 deadline lateness | deadlines; background msg/s; rejected; GCs | {Deadlines.Count}; {DeadlineBackground!.PerSecond:N0}; {DeadlineBackground.DescribeRejected()}; {DeadlineGc!.Describe()} | {Timers.Count} timers, same process | | | |"),
            "",
            "How each figure is measured:",
            F($"- All broker phases: one generator process (this benchmark as `load-worker`, MQTTnet 5 clients) connects sim-0001..sim-{options.Devices:D4}, client id = user name = device id, password the demo devices' secret (Mosquitto, allow_anonymous, ignores it). It counts only PUBACKs with a success reason code; refusals are listed by reason, failures are publishes that got no PUBACK. Each device's alarms are of one kind, so after its first they join its open incident, as a real device's repeats do."),
            F($"- 1: as fast as PUBACKs return. Ours: the embedded broker acknowledges after validation, the device, resident and history grains and their SQLite writes (group-committed, fsync) and the telemetry journal ({(options.Influx ? "a group-committed SQLite append, shipped to a local influxd" : "a group-committed SQLite append; no InfluxDB, so it only fills, as in an outage")}). Per-device limits raised to 1,000,000 msg/s (Gateway:Limits) so the limiter is not what is measured. MQTTnet's server handles one publish per connection at a time, so at most {options.Devices} messages are in progress on our side whatever the window. Mosquitto {MosquittoVersion()} (no persistence, TCP_NODELAY) relays everything to one QoS 1 subscriber (MQTTnet, in the benchmark process); when that falls behind, Mosquitto keeps acknowledging publishers and drops what exceeds its default queue of 1,000 messages for the subscriber, so 'received' is what it actually relayed. CPU: user+system time of each process over the measured window, per message."),
            F($"- 2: telemetry only, at {percent:F0}% of the rate the same broker acknowledged in phase 1; alarms one at a time from sim-0801 up, each a new (device, kind) pair, timed from the publish call to the SignalR IncidentChanged push carrying the alarm's device timestamp (ours, an admin dashboard client in this process) or to the receipt by a second Mosquitto subscriber of alarms only (as our dashboard gets incidents, not readings), while the consumer of everything goes on. Ours: each incident is then cancelled as an operator would (not timed), so open incidents do not pile up. First 50 alarms are warm-up."),
            F($"- 3a: in a second app (seeded, idle, after 3b's connections closed), {options.Grains:N0} residents registered through IGrainFactory (tenants of 1,000 like the seed's block; their directory entries are part of the figure) and read back, so each grain is active with its state; difference in GC.GetTotalMemory after forced compacting full collections, and in VmRSS, over the count. GB = 10^9 bytes."),
            F($"- 3b: {options.IdleDevices:N0} connections (keep-alive 60 s, subscribed to their ack topic, idle) from a separate generator process, so the server's figure holds no client memory and nothing is subtracted. Ours: the app's process, before and 3 s after, with sim devices up to sim-{Math.Max(1000, options.IdleDevices):D4} seeded so each can authenticate. Mosquitto: VmRSS from /proc/PID/status."),
            F($"- 4: the app of phases 1 and 2, the generator running phase 1's mix at {percent:F0}% of phase 1's rate; {options.Deadlines:N0} incidents raised on residents sim-r-0201 up through their grains as technical kinds with one {LatenessUnderLoadPhase.StepWait.TotalSeconds:F0} s escalation step (armed over {Arming.TotalSeconds:F1} s; from the start of the run alarms' policy has one step of an hour, so no other deadline falls in the phase); lateness as the incident grains record it (rc.escalation.deadline_lateness). Peer: a .NET one-shot timer created as each incident is raised, due at the same time, in the same process under the same load."),
            F($"- Host: {Environment.ProcessorCount} cores; 1-minute load average {LoadAverageAtStart} at the start, {LoadAverageAtEnd} at the end (the run alone keeps it near 3 to 4; the machine is shared, so figures move by tens of percent between runs). The app runs in this process with {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC (the dashboard's own host runs with server GC), logging at Warning."),
        ];
    }

    private static string Latency(LatencySummary s) => F($"{s.P50Ms:F2} / {s.P99Ms:F2} / {s.MaxMs:F2}");

    private static string Ratio(double ours, double theirs) => theirs > 0 ? F($"{ours / theirs:F1}x") : "n/a";

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string MosquittoVersion()
    {
        // Debian's package version, for the record; the binary has no --version that exits cleanly.
        var status = "/var/lib/dpkg/status";
        if (!File.Exists(status))
        {
            return "";
        }

        var lines = File.ReadLines(status).SkipWhile(line => line != "Package: mosquitto").Take(20);
        return lines.FirstOrDefault(line => line.StartsWith("Version: ", StringComparison.Ordinal))?["Version: ".Length..] ?? "";
    }
}
