using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Directory;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Residents;

public sealed partial class ResidentGrain(
    [PersistentState("resident", StorageNames.Default)] IPersistentState<ResidentState> state,
    IOptions<IncidentOptions> options,
    TimeProvider time,
    ILogger<ResidentGrain> logger)
    : Grain, IResidentGrain
{
    /// <summary>
    /// How many device messages and open incidents are remembered. A QoS 1 retry follows its
    /// original within seconds, long before this many newer alarms arrive for one resident.
    /// </summary>
    internal const int RememberedMessages = 100;

    private ResidentProfile Profile => state.State.Profile
        ?? throw new InvalidOperationException($"Resident '{this.GetPrimaryKeyString()}' is not registered.");

    public async Task RegisterAsync(ResidentProfile profile)
    {
        if (profile.Id.Value != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"Profile of '{profile.Id}' sent to resident '{this.GetPrimaryKeyString()}'.", nameof(profile));
        }

        var previousTenant = state.State.Profile?.Tenant;
        state.State.Profile = profile;
        await state.WriteStateAsync();
        if (previousTenant is { } moved && moved != profile.Tenant)
        {
            // The old tenant's desk must no longer list someone it no longer serves.
            await GrainFactory.GetTenantDirectory(moved).RemoveResidentAsync(profile.Id);
        }

        await GrainFactory.GetTenantDirectory(profile.Tenant)
            .UpsertResidentAsync(new ResidentSummary(profile.Id, profile.Tenant, profile.Name, profile.District, profile.CareLevel));
    }

    public Task<ResidentProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public async Task AttachDeviceAsync(DeviceId device)
    {
        if (!state.State.Devices.Contains(device))
        {
            state.State.Devices.Add(device);
            await state.WriteStateAsync();
        }
    }

    public async Task DetachDeviceAsync(DeviceId device)
    {
        if (state.State.Devices.Remove(device))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<DeviceId>> GetDevicesAsync() => Task.FromResult<IReadOnlyList<DeviceId>>([.. state.State.Devices]);

    public async Task<AlarmRaised> RaiseAlarmAsync(RaiseAlarm command)
    {
        var profile = Profile;
        var earlier = state.State.ReceivedMessages.Find(m => m.Device == command.Device && m.DeviceMessageId == command.DeviceMessageId);
        if (earlier is not null)
        {
            // Opening is idempotent, so a redelivery also repairs an open that never completed.
            await GrainFactory.GetIncident(earlier.Incident).OpenAsync(ToOpenIncident(profile, command));
            return new AlarmRaised(earlier.Incident, WasRedelivery: true);
        }

        if (await TryJoinOpenIncidentAsync(command) is { } joined)
        {
            Remember(new ReceivedMessage(command.Device, command.DeviceMessageId, joined));
            await state.WriteStateAsync();
            return new AlarmRaised(joined, WasRedelivery: false, JoinedOpenIncident: true);
        }

        // Remember the incident id before opening it: if we crash in between, the device's
        // redelivery opens the same incident instead of a second one.
        var incidentId = IncidentId.New();
        Remember(new ReceivedMessage(command.Device, command.DeviceMessageId, incidentId));
        Remember(new OpenIncidentRef(incidentId, command.Kind, command.ReceivedAt));
        await state.WriteStateAsync();

        await GrainFactory.GetIncident(incidentId).OpenAsync(ToOpenIncident(profile, command));
        // After the incident is open, so the history (early-warning signals) never delays an alarm.
        await GrainFactory.GetResidentHistory(profile.Id).RecordAlarmAsync(profile, command.Kind, command.ReceivedAt);
        return new AlarmRaised(incidentId, WasRedelivery: false);
    }

    public async Task<AlarmCancelled> CancelAlarmAsync(CancelAlarm command)
    {
        _ = Profile;
        var resident = new Actor(ActorKind.Resident, command.Device.Value);
        for (var i = state.State.OpenIncidents.Count - 1; i >= 0; i--)
        {
            var open = state.State.OpenIncidents[i];
            var view = await GrainFactory.GetIncident(open.Incident).GetViewAsync();
            if (view is null || view.IsClosed)
            {
                state.State.OpenIncidents.RemoveAt(i);
                continue;
            }

            if (IncidentLifecycle.CanCancel(view.Status))
            {
                await GrainFactory.GetIncident(open.Incident).CancelAsync(resident);
                state.State.OpenIncidents.RemoveAt(i);
                await state.WriteStateAsync();
                return new AlarmCancelled(open.Incident, Reason: null);
            }
        }

        await state.WriteStateAsync();
        return new AlarmCancelled(null, "no open alarm that nobody has accepted yet");
    }

    private async Task<IncidentId?> TryJoinOpenIncidentAsync(RaiseAlarm command)
    {
        var window = options.Value.DuplicateWindow;
        var candidate = state.State.OpenIncidents.FindLast(o => o.Kind == command.Kind && command.ReceivedAt - o.RaisedAt <= window);
        if (candidate is null)
        {
            return null;
        }

        if (await GrainFactory.GetIncident(candidate.Incident).JoinDuplicateAsync(command.DeviceTimestamp))
        {
            return candidate.Incident;
        }

        state.State.OpenIncidents.Remove(candidate);
        return null;
    }

    private void Remember(ReceivedMessage message) => AddCapped(state.State.ReceivedMessages, message);

    private void Remember(OpenIncidentRef incident) => AddCapped(state.State.OpenIncidents, incident);

    private static void AddCapped<T>(List<T> list, T item)
    {
        list.Add(item);
        if (list.Count > RememberedMessages)
        {
            list.RemoveAt(0);
        }
    }

    private static OpenIncident ToOpenIncident(ResidentProfile profile, RaiseAlarm command) =>
        new(profile, command.Kind, IncidentPriorities.For(command.Kind),
            command.Device, command.DeviceTimestamp, command.ReceivedAt);
}
