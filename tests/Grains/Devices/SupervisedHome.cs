using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Tests.Devices;

/// <summary>
/// One resident with one device for one test, and a feed recorder. Disposing turns the device's supervision
/// off, so its deadline does not fire in later tests that move the shared clock.
/// </summary>
public sealed class SupervisedHome : IAsyncDisposable
{
    private readonly IGrainFactory _grains;
    private readonly IIncidentFeedObserver _recorderReference;
    private int _messages;

    private SupervisedHome(IGrainFactory grains, string name)
    {
        _grains = grains;
        _recorderReference = grains.CreateObjectReference<IIncidentFeedObserver>(Recorder);
        Resident = new ResidentId($"{name}-resident");
        DeviceId = new DeviceId($"{name}-device");
    }

    public static TimeSpan Silence => DeviceSupervision.Default.Silence;

    public static DateTimeOffset Now => ClusterFixture.Time.GetUtcNow();

    public FeedRecorder Recorder { get; } = new();

    public ResidentId Resident { get; }

    public DeviceId DeviceId { get; }

    public IDeviceGrain Device => _grains.GetDevice(DeviceId);

    public static async Task<SupervisedHome> CreateAsync(IGrainFactory grains, string name, TenantId? tenant = null)
    {
        var home = new SupervisedHome(grains, name);
        await home.SubscribeRecorderAsync();
        await grains.GetResident(home.Resident).RegisterAsync(
            new ResidentProfile(home.Resident, tenant ?? new TenantId("supervision"), "Kari", "North", CareLevel.AtRisk, []));
        await home.Device.AssignAsync(new DeviceAssignment(home.DeviceId, home.Resident));
        return home;
    }

    /// <summary>Subscribes the recorder to the feed, again after the feed's activation was lost.</summary>
    public Task SubscribeRecorderAsync() => _grains.GetIncidentFeed().SubscribeAsync(_recorderReference);

    public Task<bool> HeartbeatAsync(int? battery = null, bool? mainsOn = null, bool? tamper = null) =>
        Device.ReportStatusAsync(new DeviceStatusReport(DeviceId, DeviceLink.Alive, Now,
            $"m{Interlocked.Increment(ref _messages)}", Now, battery, mainsOn, tamper));

    public Task<bool> LastWillAsync() => Device.ReportStatusAsync(new DeviceStatusReport(DeviceId, DeviceLink.Offline, Now));

    /// <summary>Waits until the feed shows an open incident of <paramref name="kind"/> for the device.</summary>
    public Task<IncidentView> WaitForOpenAsync(IncidentKind kind) =>
        Recorder.WaitForAsync(i => i.Device == DeviceId && i.Kind == kind && !i.IsClosed);

    public async Task<IncidentView?> IncidentAsync(IncidentId id) => await _grains.GetIncident(id).GetViewAsync();

    /// <summary>The device's open faults, read after every message already sent to it (its timer's included).</summary>
    public async Task<IReadOnlyList<DeviceFault>> FaultsAsync() => (await Device.GetSupervisionAsync()).Faults;

    public async Task<IReadOnlyList<IncidentView>> OpenIncidentsAsync() =>
        [.. (await _grains.GetIncidentFeed().GetOpenIncidentsAsync()).Where(i => i.Device == DeviceId)];

    public async ValueTask DisposeAsync()
    {
        await Device.SetSupervisionAsync(DeviceSupervision.Disabled);
        await _grains.GetIncidentFeed().UnsubscribeAsync(_recorderReference);
    }
}
