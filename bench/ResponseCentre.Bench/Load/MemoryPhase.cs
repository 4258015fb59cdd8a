using System.Globalization;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Bench.Load;

/// <summary>Memory added by <see cref="Count"/> things: managed heap after full GC (ours only) and resident set size.</summary>
internal sealed record MemoryFigures(int Count, long? ManagedBytes, long RssBytes)
{
    public double? ManagedPerItem => ManagedBytes / (double)Count;

    public double RssPerItem => RssBytes / (double)Count;
}

/// <summary>
/// Phase 3: (a) bytes per active resident grain in a running app; (b) bytes per idle device
/// connection, to our broker and to Mosquitto. The connections come from a generator process of
/// their own, so the server's figures hold no client memory and need no subtraction.
/// </summary>
internal static class MemoryPhase
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Registers <paramref name="count"/> more residents and reads each back, so each grain is active.
    /// Tenants of 1,000 like the seed's block: one tenant directory of them all would be rewritten whole
    /// on every registration batch.
    /// </summary>
    public static async Task<MemoryFigures> ResidentGrainsAsync(IGrainFactory grains, int count)
    {
        var before = ProcessMeter.Self();
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (n, token) =>
        {
            var id = new ResidentId(string.Create(CultureInfo.InvariantCulture, $"bench-mem-r-{n:D6}"));
            var tenant = new TenantId(string.Create(CultureInfo.InvariantCulture, $"bench-mem-{n / 1000:D3}"));
            var resident = grains.GetResident(id);
            await resident.RegisterAsync(new ResidentProfile(id, tenant, $"Memory resident {n}", "Bench", CareLevel.AtRisk, [new TeamId("demo-home-nursing")])
            {
                Address = $"Bench street {n}",
                AccessNotes = "Key box left of the front door",
                Contacts = [new ResidentContact($"Next of kin {n}", "Daughter", "+47 400 00000")],
            });
            if (await resident.GetProfileAsync() is null)
            {
                throw new InvalidOperationException($"{id} has no profile after registering");
            }
        });
        var after = ProcessMeter.Self();
        return new MemoryFigures(count, after.Managed - before.Managed, after.Rss - before.Rss);
    }

    /// <summary>Opens idle connections (keep-alive 60 s, subscribed to their acks) from a generator process and measures the server.</summary>
    public static async Task<MemoryFigures> IdleConnectionsAsync(int port, int count, Func<(long? Managed, long Rss)> measureServer)
    {
        await Task.Delay(Settle);
        var before = measureServer();
        await using var clients = await LoadWorkerProcess.StartAsync(new LoadSpec(port, First: 1, count, Window: 0, Idle: true));
        await Task.Delay(Settle);
        var after = measureServer();
        LoadBenchmark.Progress($"  {clients.Connected} idle connections ({clients.ConnectFailures} failed)");
        return new MemoryFigures(clients.Connected, after.Managed - before.Managed, after.Rss - before.Rss);
    }
}
