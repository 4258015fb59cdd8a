using System.Collections.Concurrent;
using System.Globalization;
using ResponseCentre.DevicesSim.Devices;

namespace ResponseCentre.DevicesSim.Load;

/// <summary>The connected simulated devices of a run, sim-0001 style, each on its own connection.</summary>
internal sealed class DeviceFleet : IAsyncDisposable
{
    // Enough to connect a thousand devices in seconds without a burst of connects the broker would see as an attack.
    private const int MaxConcurrentConnects = 32;
    private const int ConnectErrorsShown = 5;

    private DeviceFleet(IReadOnlyList<SimulatedDevice> devices, int connectFailures)
    {
        Devices = devices;
        ConnectFailures = connectFailures;
    }

    public IReadOnlyList<SimulatedDevice> Devices { get; }

    public int ConnectFailures { get; }

    public static string DeviceIdFor(int number) => string.Create(CultureInfo.InvariantCulture, $"sim-{number:D4}");

    /// <summary>Connects devices <paramref name="first"/> onwards; ones that cannot connect are reported and left out.</summary>
    public static async Task<DeviceFleet> ConnectAsync(
        int first, int count, BrokerEndpoint broker, TimeProvider time, CancellationToken stopping)
    {
        var connected = new ConcurrentBag<SimulatedDevice>();
        var failures = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentConnects, CancellationToken = stopping };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(first, count), parallel, async (number, token) =>
            {
                var device = new SimulatedDevice(DeviceIdFor(number), broker, time);
                try
                {
                    await device.EnsureConnectedAsync(token);
                    connected.Add(device);
                }
                catch (Exception ex) when (ex.IsConnectionProblem(token))
                {
                    await device.DisposeAsync();
                    if (Interlocked.Increment(ref failures) <= ConnectErrorsShown)
                    {
                        Console.Error.WriteLine($"{device.DeviceId} could not connect: {ex.Describe()}");
                    }
                }
            });
        }
        catch (OperationCanceledException)
        {
            await DisposeAllAsync(connected);
            throw;
        }

        return new DeviceFleet([.. connected.OrderBy(device => device.DeviceId, StringComparer.Ordinal)], failures);
    }

    public ValueTask DisposeAsync() => DisposeAllAsync(Devices);

    private static async ValueTask DisposeAllAsync(IEnumerable<SimulatedDevice> devices) =>
        await Parallel.ForEachAsync(devices, (device, _) => device.DisposeAsync());
}
