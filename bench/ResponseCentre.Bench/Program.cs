using System.Globalization;
using ResponseCentre.Bench;
using ResponseCentre.Bench.Hostile;
using ResponseCentre.Bench.Load;

// Benchmarks, each beside a peer measured in the same run:
//   latency   [--alarms N]  publish-to-dashboard latency of alarms, beside Mosquitto relaying the same payloads
//   deadlines [--count N]   lateness of escalation deadlines, beside plain .NET timers due at the same times
//   timeseries [--points N] [--outage-seconds S]  telemetry points/s through the journal into a local influxd, and replay after an outage
//   browser-latency [--alarms N]  publish-to-screen latency of alarms: queue row rendered in index.html in headless Chromium
//   load [--seconds S] [--devices N] [--idle-devices N] ...  ingest, latency and deadlines under load, memory per grain and connection (see Load/LoadOptions.cs)
//   hostile [--flood N] [--storm N] ...  alarm latency during a flood of connections without CONNECT and during a reconnect storm (see Hostile/HostileOptions.cs)
var mode = args.FirstOrDefault() ?? "latency";
if (mode == "load-worker")
{
    return await LoadWorker.RunAsync(args[1..]); // the load generator's own process
}

var size = args is [_, _, var given] && mode is not ("load" or "hostile") ? int.Parse(given, CultureInfo.InvariantCulture) : mode switch { "deadlines" => 10_000, "browser-latency" => 200, _ => 1000 };
var started = DateTimeOffset.UtcNow;
var table = new List<string>();

if (mode == "latency")
{
    var ours = await AlarmLatencyBenchmark.RunAsync(size);
    var mosquitto = await MosquittoRelayBenchmark.RunAsync(size);
    table.Add($"Alarm latency, publish (QoS 1) to receipt, {size} alarms one at a time");
    table.AddRange(ResultTable.Rows(
        ("ResponseCentre: MQTT -> gateway -> grains -> SignalR", ours),
        ("Mosquitto relay: MQTT -> MQTT subscriber (peer)", mosquitto)));
}
else if (mode == "deadlines")
{
    var (ours, arming) = await DeadlineLatenessBenchmark.RunAsync(size);
    var timers = await TimerLatenessBaseline.RunAsync(size, arming, DeadlineLatenessBenchmark.StepWait);
    table.Add(string.Create(CultureInfo.InvariantCulture,
        $"Escalation deadline lateness, {size} deadlines armed over {arming.TotalSeconds:F1} s, each {DeadlineLatenessBenchmark.StepWait.TotalSeconds} s after arming"));
    table.AddRange(ResultTable.Rows(
        ("ResponseCentre: incident grain timer -> next step handled", ours),
        (".NET one-shot timers due at the same spread (peer)", timers)));
}
else if (mode == "browser-latency")
{
    var (rendered, signalR) = await BrowserLatencyBenchmark.RunAsync(size);
    table.Add($"Alarm latency in a real browser, publish (QoS 1) to queue row rendered in index.html (headless Chromium), {size} alarms one at a time");
    table.AddRange(ResultTable.Rows(
        ("ResponseCentre: MQTT -> gateway -> grains -> SignalR -> browser DOM", rendered),
        (".NET SignalR client, same alarms, same run (peer)", signalR)));
    table.Add("");
    table.Add(BrowserLatencyBenchmark.Note);
}
else if (mode == "timeseries")
{
    table.AddRange(await TimeSeriesBenchmark.RunAsync(args));
}
else if (mode == "load")
{
    table.AddRange(await LoadBenchmark.RunAsync(args));
}
else if (mode == "hostile")
{
    table.AddRange(await HostileBenchmark.RunAsync(args));
}
else
{
    Console.Error.WriteLine("usage: ResponseCentre.Bench latency [--alarms N] | deadlines [--count N] | timeseries [--points N] [--outage-seconds S] | browser-latency [--alarms N] | " + LoadOptions.Usage + " | " + HostileOptions.Usage);
    return 64;
}

table.Insert(1, $"{started:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
Directory.CreateDirectory("bench/results");
var file = Path.Combine("bench/results", $"{mode}-{started:yyyyMMdd-HHmmss}.md");
await File.WriteAllLinesAsync(file, table);
table.ForEach(Console.WriteLine);
Console.WriteLine($"Written to {file}");
return 0;
