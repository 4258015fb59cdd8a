using System.Globalization;
using System.Text.Json.Nodes;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Cluster;

/// <summary>
/// A cluster as local processes on loopback, the way deploy/local runs one: every node is a silo on
/// a fresh PostgreSQL database, devices talk to a Mosquitto of the test's own, and gateway nodes
/// share one subscription to it.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    /// <summary>Simulated residents sim-r-0001.. with devices sim-0001.. (tenant demo).</summary>
    public const int SimulatedResidents = 60;

    private readonly List<ServerProcess> _nodes = [];
    private readonly string _seedFile;

    private LocalCluster(PostgresDatabase database, MosquittoProcess broker, string seedFile)
    {
        Database = database;
        Broker = broker;
        _seedFile = seedFile;
    }

    public PostgresDatabase Database { get; }

    public MosquittoProcess Broker { get; }

    public static async Task<LocalCluster> StartAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        var broker = await MosquittoProcess.StartAsync();
        return new LocalCluster(database, broker, await WriteSeedFileAsync());
    }

    /// <summary>
    /// Starts a node and waits until it has joined the cluster and serves. A gateway node restarted
    /// in place of another passes that node's name as <paramref name="clientIdOf"/>, to resume its broker session.
    /// </summary>
    public async Task<ServerProcess> StartNodeAsync(string name, bool gateway, bool dashboard, int httpPort, string? clientIdOf = null)
    {
        var node = await ServerProcess.StartAsync(name, NodeEnvironment(clientIdOf ?? name, gateway, dashboard, httpPort));
        _nodes.Add(node);
        return node;
    }

    public string DescribeNodes() => string.Join(Environment.NewLine, _nodes.Select(n => $"--- {n.Name} ---{Environment.NewLine}{n.RecentOutput}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }

        await Broker.DisposeAsync();
        await Database.DisposeAsync();
        File.Delete(_seedFile);
    }

    private Dictionary<string, string> NodeEnvironment(string gatewayName, bool gateway, bool dashboard, int httpPort) => new()
    {
        ["Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}"),
        ["Orleans__Mode"] = "AdoNet",
        // PostgreSQL serves 100 connections by default; each node's pool stays well below a third of that.
        ["Orleans__AdoNet__ConnectionString"] = Database.ConnectionString + ";Maximum Pool Size=25",
        ["Orleans__AdvertisedIPAddress"] = "127.0.0.1",
        ["Orleans__SiloPort"] = FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture),
        ["Orleans__GatewayPort"] = FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture),
        // Declare a killed silo dead after two missed 2-second probes (Orleans' defaults: three of 5 s).
        ["Orleans__Membership__ProbeTimeout"] = "00:00:02",
        ["Orleans__Membership__NumMissedProbesLimit"] = "2",
        ["Roles__Gateway"] = gateway ? "true" : "false",
        ["Roles__Dashboard"] = dashboard ? "true" : "false",
        ["Gateway__Mode"] = "ExternalBroker",
        ["Gateway__ExternalBroker__Host"] = "127.0.0.1",
        ["Gateway__ExternalBroker__Port"] = Broker.Port.ToString(CultureInfo.InvariantCulture),
        // Stable per node name: a restarted node resumes its broker session and the alarms queued in it.
        ["Gateway__ExternalBroker__ClientId"] = "gateway-" + gatewayName,
        ["Registry__SeedFile"] = _seedFile,
        ["Logging__LogLevel__Orleans"] = "Warning",
        ["Logging__LogLevel__ResponseCentre.Gateway"] = "Debug",
    };

    private static async Task<string> WriteSeedFileAsync()
    {
        // The demo seed with fewer simulated residents: every node that seeds reads each of them.
        var seed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed", "demo.json")))!;
        seed["simulatedResidents"]!["count"] = SimulatedResidents;
        var path = Path.Combine(Path.GetTempPath(), "rc-seed-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, seed.ToJsonString());
        return path;
    }

    public static string DeviceId(int n) => string.Create(CultureInfo.InvariantCulture, $"sim-{n:D4}");
}
