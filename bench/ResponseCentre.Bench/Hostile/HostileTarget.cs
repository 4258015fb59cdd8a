namespace ResponseCentre.Bench.Hostile;

/// <summary>A server under attack: its MQTT port, how to read its resident set size, and its health endpoint if it has one.</summary>
internal sealed record HostileTarget(string Name, int MqttPort, Func<long> ServerRss, Uri? HealthBase);
