using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MQTTnet;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;

namespace ResponseCentre.Bench.Load;

/// <summary>
/// Many device connections, each keeping a window of QoS 1 publishes in flight. Runs in a process
/// of its own (see <see cref="LoadWorker"/>), so neither broker shares a heap or a thread pool with it.
/// </summary>
internal sealed class LoadGenerator : IDisposable
{
    private const int MaxConcurrentConnects = 64;
    private const int FailuresShown = 5;

    private readonly LoadSpec _spec;
    private readonly List<(string DeviceId, IMqttClient Client)> _devices;
    private readonly string _runTag = "load" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
    private readonly long[] _sequences;
    private readonly ConcurrentDictionary<string, long> _rejected = new();
    private readonly List<Task> _lanes = [];
    private CancellationTokenSource _stopping = new();
    private LoadRun _run = new(0, 0);
    private long _started;
    private TimeSpan _startCpu;
    private long _tickets;
    private long _alarms;
    private long _telemetry;
    private long _failed;

    private LoadGenerator(LoadSpec spec, List<(string, IMqttClient)> devices, int connectFailures)
    {
        _spec = spec;
        _devices = devices;
        _sequences = new long[devices.Count];
        ConnectFailures = connectFailures;
    }

    public int Connected => _devices.Count;

    public int ConnectFailures { get; }

    public static async Task<LoadGenerator> ConnectAsync(LoadSpec spec)
    {
        var connected = new ConcurrentBag<(string, IMqttClient)>();
        var failures = 0;
        await Parallel.ForEachAsync(Enumerable.Range(spec.First, spec.Count), new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentConnects },
            async (number, token) =>
            {
                var deviceId = DeviceMessages.DeviceId(number);
                var client = new MqttClientFactory().CreateMqttClient();
                try
                {
                    await client.ConnectAsync(DeviceMessages.ClientOptions(spec.Port, deviceId), token);
                    // As a real device does, so both brokers keep the same subscription per connection.
                    await client.SubscribeAsync(Topics.DeviceAcks(deviceId), MqttQualityOfServiceLevel.AtLeastOnce, token);
                    connected.Add((deviceId, client));
                }
                catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
                {
                    client.Dispose();
                    if (Interlocked.Increment(ref failures) <= FailuresShown)
                    {
                        await Console.Error.WriteLineAsync($"{deviceId} could not connect: {ex.Message}");
                    }
                }
            });
        return new LoadGenerator(spec, [.. connected], failures);
    }

    /// <summary>Starts publishing from every connection; counts start from zero.</summary>
    public void Start(LoadRun run)
    {
        _run = run;
        _stopping.Dispose();
        _stopping = new CancellationTokenSource();
        _alarms = _telemetry = _failed = _tickets = 0;
        _rejected.Clear();
        _startCpu = Process.GetCurrentProcess().TotalProcessorTime;
        _started = Stopwatch.GetTimestamp();
        for (var i = 0; i < _devices.Count; i++)
        {
            for (var lane = 0; lane < _spec.Window; lane++)
            {
                var device = i;
                _lanes.Add(Task.Run(() => PublishLoopAsync(device, _stopping.Token)));
            }
        }
    }

    /// <summary>Takes the counts as they are now and stops publishing; <see cref="DrainAsync"/> waits for what is in flight.</summary>
    public LoadResult Stop()
    {
        var result = new LoadResult(
            Stopwatch.GetElapsedTime(_started).TotalSeconds,
            Interlocked.Read(ref _alarms),
            Interlocked.Read(ref _telemetry),
            Interlocked.Read(ref _failed),
            new Dictionary<string, long>(_rejected),
            (Process.GetCurrentProcess().TotalProcessorTime - _startCpu).TotalSeconds);
        _stopping.Cancel();
        return result;
    }

    /// <summary>Lets the publishes in flight finish (not counted), as a device would.</summary>
    public async Task DrainAsync()
    {
        await Task.WhenAll(_lanes);
        _lanes.Clear();
    }

    public void Dispose() => _stopping.Dispose();

    public async Task DisconnectAsync() => await Parallel.ForEachAsync(_devices, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentConnects },
        async (device, token) =>
        {
            if (device.Client.IsConnected)
            {
                await device.Client.DisconnectAsync(cancellationToken: token);
            }

            device.Client.Dispose();
        });

    private async Task PublishLoopAsync(int device, CancellationToken stopping)
    {
        var (deviceId, client) = _devices[device];
        while (await PaceAsync(stopping))
        {
            var n = Interlocked.Increment(ref _sequences[device]);
            var messageId = string.Create(CultureInfo.InvariantCulture, $"{_runTag}-{n}");
            var isAlarm = _run.AlarmEvery > 0 && n % _run.AlarmEvery == 0;
            var message = isAlarm
                ? DeviceMessages.Alarm(deviceId, messageId, DeviceMessages.AlarmKindAt(device), DateTimeOffset.UtcNow)
                : DeviceMessages.Telemetry(deviceId, messageId, DateTimeOffset.UtcNow);
            try
            {
                // Not cancelled by the stop: a publish in flight is left to finish, as a device would.
                Count(isAlarm, await client.PublishAsync(message, CancellationToken.None));
            }
            catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
            {
                if (Interlocked.Increment(ref _failed) <= FailuresShown)
                {
                    await Console.Error.WriteLineAsync($"{deviceId} publish failed: {ex.Message}");
                }

                await ReconnectAsync(client);
            }
        }
    }

    /// <summary>Waits for this publish's turn when the spec sets a rate; false once stopped.</summary>
    private async Task<bool> PaceAsync(CancellationToken stopping)
    {
        if (_run.Rate > 0)
        {
            // Tickets counted from the start, so a lane that was held up catches up and the total rate holds.
            var ticket = Interlocked.Increment(ref _tickets);
            var due = TimeSpan.FromSeconds(ticket / _run.Rate) - Stopwatch.GetElapsedTime(_started);
            if (due > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(due, stopping);
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
            }
        }

        return !stopping.IsCancellationRequested;
    }

    private void Count(bool isAlarm, MqttClientPublishResult result)
    {
        if (!result.IsSuccess)
        {
            _rejected.AddOrUpdate(result.ReasonCode.ToString(), 1, (_, count) => count + 1);
        }
        else if (isAlarm)
        {
            Interlocked.Increment(ref _alarms);
        }
        else
        {
            Interlocked.Increment(ref _telemetry);
        }
    }

    private static async Task ReconnectAsync(IMqttClient client)
    {
        await Task.Delay(100);
        if (!client.IsConnected)
        {
            try
            {
                await client.ReconnectAsync();
            }
            catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
            {
                // The next publish fails and tries again.
            }
        }
    }
}
