using ResponseCentre.DevicesSim.Load;

namespace ResponseCentre.DevicesSim.Commands;

/// <summary>Simulates many residents' devices, each on its own connection, sending alarms at a steady total rate.</summary>
internal sealed class RunCommand(RunOptions options, TimeProvider time, Random random) : ISimulatorCommand
{
    private static readonly TimeSpan DrainPatience = TimeSpan.FromSeconds(15);

    public async Task<int> RunAsync(CancellationToken stopping)
    {
        var firstId = DeviceFleet.DeviceIdFor(options.FirstDeviceNumber);
        var lastId = DeviceFleet.DeviceIdFor(options.FirstDeviceNumber + options.Residents - 1);
        Console.WriteLine($"Connecting {options.Residents} devices ({firstId}..{lastId}) to {options.Broker}...");

        DeviceFleet fleet;
        try
        {
            fleet = await DeviceFleet.ConnectAsync(options.FirstDeviceNumber, options.Residents, options.Broker, time, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            Console.WriteLine("Stopped while connecting");
            return ExitCodes.Interrupted;
        }

        var counters = new LoadCounters();
        TimeSpan sendingTime;
        await using (fleet)
        {
            Console.WriteLine($"Connected {fleet.Devices.Count} of {options.Residents} devices");
            if (fleet.Devices.Count == 0)
            {
                return ExitCodes.Failure;
            }

            sendingTime = await SendAlarmsAsync(fleet, counters, stopping);
        }

        var achievedRate = counters.Published / Math.Max(sendingTime.TotalSeconds, 0.001);
        Console.WriteLine(
            $"Summary: {fleet.Devices.Count} devices, {sendingTime.TotalSeconds:0.0} s, " +
            $"target {options.AlarmsPerSecond:0.###}/s, sent {achievedRate:0.##}/s; {counters.Describe()}");
        return ExitCodeFor(counters, fleet.ConnectFailures);
    }

    private async Task<TimeSpan> SendAlarmsAsync(DeviceFleet fleet, LoadCounters counters, CancellationToken stopping)
    {
        Console.WriteLine(
            $"Sending {options.AlarmsPerSecond:0.###} alarms/s for {options.Duration.TotalSeconds:0.#} s (Ctrl+C stops early)");
        using var timeUp = new CancellationTokenSource(options.Duration, time);
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeUp.Token);
        using var publisher = new RatedAlarmPublisher(fleet.Devices, counters, time, random);

        var start = time.GetTimestamp();
        var progress = ProgressReporter.RunAsync(counters, time, start, sending.Token);
        await publisher.PublishAsync(options.AlarmsPerSecond, sending.Token);
        var sendingTime = time.GetElapsedTime(start);

        if (counters.InFlight > 0)
        {
            Console.WriteLine($"Waiting up to {DrainPatience.TotalSeconds:0} s for {counters.InFlight} outstanding PUBACKs...");
        }

        await publisher.DrainAsync(DrainPatience);
        await progress;
        return sendingTime;
    }

    private static int ExitCodeFor(LoadCounters counters, int connectFailures)
    {
        if (counters.Failed > 0 || connectFailures > 0)
        {
            return ExitCodes.Failure;
        }

        return counters.Rejected > 0 ? ExitCodes.Rejected : ExitCodes.Success;
    }
}
