using System.Globalization;
using MQTTnet;
using ResponseCentre.DevicesSim.Devices;
using ResponseCentre.Protocol;

namespace ResponseCentre.DevicesSim.Commands;

/// <summary>
/// Plays a situation the centre must recognise, as the resident's devices would report it:
/// <list type="bullet">
/// <item><c>fall-at-night</c>: a fall alarm at night (expect a Fall incident).</item>
/// <item><c>stove-left-on</c>: the stove on and hot, nobody moving, reported every step until stopped or <c>--duration</c> ends (expect a StoveGuard incident once the resident's stove rule's time has passed).</item>
/// <item><c>dying-battery</c>: heartbeats with the battery falling 60, 50, … 10 % (expect a LowBattery technical incident below 20 %).</item>
/// <item><c>restless-nights</c>: night-time motion over the last N days of simulated time, rising from 3 to about 20 events a night (expect a NightRestlessness risk signal).</item>
/// </list>
/// </summary>
internal sealed class ScenarioCommand(ScenarioOptions options, TimeProvider time) : ISimulatorCommand
{
    private int _nextMessage;

    public async Task<int> RunAsync(CancellationToken interrupted)
    {
        using var timeUp = options.Duration is { } duration ? new CancellationTokenSource(duration, time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(interrupted, timeUp.Token);
        var stopping = linked.Token;
        await using var device = new SimulatedDevice(options.DeviceId, options.Broker, time);
        try
        {
            var results = options.Name switch
            {
                "fall-at-night" => [await device.PublishAlarmAsync(AlarmKind.Fall, NextMessageId(), stopping)],
                "stove-left-on" => await StoveLeftOnAsync(device, stopping),
                "dying-battery" => await DyingBatteryAsync(device, stopping),
                _ => await RestlessNightsAsync(device, stopping),
            };
            var refused = results.Where(r => !r.IsSuccess).ToList();
            Console.WriteLine($"{options.Name}: {results.Count} messages from {options.DeviceId}, {refused.Count} refused ({device.SentAgain} sent again after a rate-limit refusal)");
            refused.ForEach(r => Console.WriteLine($"  refused: {r.ReasonCode} {r.ReasonString}"));
            return refused.Count == 0 ? ExitCodes.Success : ExitCodes.Rejected;
        }
        catch (Exception ex) when (ex.IsConnectionProblem(stopping))
        {
            Console.Error.WriteLine($"Failed: {ex.Describe()}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
    }

    private async Task<List<MqttClientPublishResult>> StoveLeftOnAsync(SimulatedDevice stove, CancellationToken stopping)
    {
        // The motion sensor (when given) reports an empty kitchen once; the stove keeps reporting
        // until the scenario is stopped, as a real stove guard does.
        var results = new List<MqttClientPublishResult>();
        if (options.MotionDeviceId is { } motionId)
        {
            await using var motion = new SimulatedDevice(motionId, options.Broker, time);
            results.Add(await motion.PublishTelemetryAsync(new Dictionary<string, object> { ["motion"] = false }, NextMessageId(), time.GetUtcNow(), stopping));
        }

        for (var temperature = 120.0; !stopping.IsCancellationRequested; temperature = Math.Min(temperature + 15, 350))
        {
            var readings = new Dictionary<string, object> { ["stove_on"] = true, ["stove_temperature"] = temperature };
            // Not cancelled mid-publish: the report in flight when the scenario ends still gets its PUBACK.
            results.Add(await stove.PublishTelemetryAsync(readings, NextMessageId(), time.GetUtcNow(), CancellationToken.None));
            await Task.Delay(options.Step, time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return results;
    }

    private async Task<List<MqttClientPublishResult>> DyingBatteryAsync(SimulatedDevice pendant, CancellationToken stopping)
    {
        var results = new List<MqttClientPublishResult>();
        for (var battery = 60; battery >= 10 && !stopping.IsCancellationRequested; battery -= 10)
        {
            results.Add(await pendant.PublishHeartbeatAsync(battery, NextMessageId(), stopping));
            await Task.Delay(options.Step, time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return results;
    }

    private async Task<List<MqttClientPublishResult>> RestlessNightsAsync(SimulatedDevice motion, CancellationToken stopping)
    {
        // Simulated time: each night of the last N days is reported with its own timestamps, the
        // way a sensor uploads what it buffered. Night n (0 = oldest) has about 3 + 17 n/(N-1) events,
        // spread over 23:30 to 05:30 UTC, so the last week is clearly more restless than the one before.
        var results = new List<MqttClientPublishResult>();
        // The last night simulated ended yesterday morning, so every night reported is complete.
        var lastNight = time.GetUtcNow().UtcDateTime.Date.AddDays(-2);
        for (var night = 0; night < options.Days && !stopping.IsCancellationRequested; night++)
        {
            var evening = lastNight.AddDays(night - options.Days + 1).AddHours(23.5);
            var events = 3 + (int)Math.Round(17.0 * night / (options.Days - 1));
            for (var e = 0; e < events; e++)
            {
                var at = new DateTimeOffset(evening.AddMinutes(360.0 * e / events), TimeSpan.Zero);
                results.Add(await motion.PublishTelemetryAsync(new Dictionary<string, object> { ["motion"] = true }, NextMessageId(), at, stopping));
            }
        }

        return results;
    }

    private string NextMessageId() =>
        string.Create(CultureInfo.InvariantCulture, $"{options.Name}-{time.GetUtcNow().ToUnixTimeMilliseconds()}-{Interlocked.Increment(ref _nextMessage)}");
}
