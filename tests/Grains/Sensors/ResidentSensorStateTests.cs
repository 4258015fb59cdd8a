using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Residents;
using ResponseCentre.Grains.Sensors;

namespace ResponseCentre.Grains.Tests.Sensors;

/// <summary>
/// Readings and rule tracking live in a state of their own ("resident-sensors"), apart from the
/// resident's profile and remembered alarms; residents stored before that split are moved on activation.
/// </summary>
[Collection(TestSilo.Name)]
public sealed class ResidentSensorStateTests(ClusterFixture fixture)
{
    private static DateTimeOffset Now => ClusterFixture.Time.GetUtcNow();

    private IGrainStorage Storage =>
        (fixture.Cluster.Primary as InProcessSiloHandle)!.SiloHost!.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);

    [Fact]
    public async Task Readings_are_stored_apart_from_the_resident_and_survive_deactivation()
    {
        var resident = await RegisterAsync("rs-split");
        await resident.RaiseAlarmAsync(new RaiseAlarm(new DeviceId("rs-split-pendant"), "a1", IncidentKind.AssistanceCall, Now, Now));
        await resident.RecordTelemetryAsync(new RecordTelemetry(new DeviceId("rs-split-stove"), "t1", Now, Now,
            [new SensorReading(SensorMetric.StoveOn, 1), new SensorReading(SensorMetric.StoveTemperature, 180)]));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var readings = await resident.GetLatestReadingsAsync();
        Assert.Equal([(SensorMetric.StoveOn, 1.0), (SensorMetric.StoveTemperature, 180.0)], readings.Select(r => (r.Metric, r.Value)));
        var main = await ReadAsync<ResidentState>("resident", resident);
        Assert.True(main.HasSensorState);
        Assert.Null(main.LegacyLatestReadings);
        var sensors = await ReadAsync<ResidentSensorState>("resident-sensors", resident);
        Assert.Equal(2, sensors.LatestReadings.Count);
        Assert.NotNull(sensors.RuleTracking.StoveOnSince);
    }

    [Fact]
    public async Task A_resident_without_sensors_has_no_sensor_state_and_no_readings()
    {
        var resident = await RegisterAsync("rs-quiet");

        Assert.Empty(await resident.GetLatestReadingsAsync());
        Assert.False((await ReadAsync<ResidentState>("resident", resident)).HasSensorState);
        Assert.False(await ExistsAsync<ResidentSensorState>("resident-sensors", resident));
    }

    [Fact]
    public async Task A_resident_stored_before_the_split_keeps_its_readings_and_rule_tracking()
    {
        var resident = await RegisterAsync("rs-legacy");
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var stoveOn = new Sensed(Now.AddMinutes(-3), new DeviceId("rs-legacy-stove"));
        var legacy = await ReadStateAsync<ResidentState>("resident", resident);
        legacy.State!.LegacyLatestReadings = new() { [SensorMetric.StoveOn] = new LatestReading(SensorMetric.StoveOn, 1, stoveOn.At, stoveOn.Device) };
        legacy.State.LegacyRuleTracking = SensorRuleTracking.Empty with { StoveOnSince = stoveOn };
        await Storage.WriteStateAsync("resident", resident.GetGrainId(), legacy);

        var readings = await resident.GetLatestReadingsAsync();

        Assert.Equal(stoveOn.At, Assert.Single(readings).MeasuredAt);
        var main = await ReadAsync<ResidentState>("resident", resident);
        Assert.Null(main.LegacyLatestReadings);
        Assert.Null(main.LegacyRuleTracking);
        Assert.Equal(stoveOn, (await ReadAsync<ResidentSensorState>("resident-sensors", resident)).RuleTracking.StoveOnSince);
    }

    private async Task<IResidentGrain> RegisterAsync(string id)
    {
        var resident = fixture.Grains.GetResident(new ResidentId(id));
        await resident.RegisterAsync(new ResidentProfile(new ResidentId(id), new TenantId("sensor-state"), "Kari", "Frogner", CareLevel.AtRisk, []));
        return resident;
    }

    private async Task<GrainState<T>> ReadStateAsync<T>(string name, IResidentGrain resident)
    {
        var state = new GrainState<T>(default!);
        await Storage.ReadStateAsync(name, resident.GetGrainId(), state);
        return state;
    }

    private async Task<T> ReadAsync<T>(string name, IResidentGrain resident) => (await ReadStateAsync<T>(name, resident)).State!;

    private async Task<bool> ExistsAsync<T>(string name, IResidentGrain resident) => (await ReadStateAsync<T>(name, resident)).RecordExists;
}
