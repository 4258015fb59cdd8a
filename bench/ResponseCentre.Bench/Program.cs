using System.Globalization;
using ResponseCentre.Bench;

// Publish-to-dashboard latency of alarms through the whole embedded system, beside Mosquitto
// relaying the same payloads in the same run. Usage: [--alarms N] (default 1000).
var alarms = args is ["--alarms", var count] ? int.Parse(count, CultureInfo.InvariantCulture) : 1000;

var ours = await AlarmLatencyBenchmark.RunAsync(alarms);
var mosquitto = await MosquittoRelayBenchmark.RunAsync(alarms);

var table = new List<string>
{
    $"Alarm latency, publish (QoS 1) to receipt, {alarms} alarms one at a time, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores",
    "",
    "| path | alarms | p50 ms | p99 ms | max ms |",
    "|---|---|---|---|---|",
    ours.ToRow("ResponseCentre: MQTT -> gateway -> grains -> SignalR"),
};
if (mosquitto is not null)
{
    table.Add(mosquitto.ToRow("Mosquitto relay: MQTT -> MQTT subscriber (peer)"));
    table.Add("");
    table.Add(string.Create(CultureInfo.InvariantCulture, $"Ratio ResponseCentre / Mosquitto: p50 {ours.P50Ms / mosquitto.P50Ms:F1}x, p99 {ours.P99Ms / mosquitto.P99Ms:F1}x"));
}

Directory.CreateDirectory("bench/results");
var file = Path.Combine("bench/results", $"alarm-latency-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}.md");
await File.WriteAllLinesAsync(file, table);
table.ForEach(Console.WriteLine);
Console.WriteLine($"Written to {file}");
