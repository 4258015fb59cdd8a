using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Incidents;

namespace ResponseCentre.Grains.Residents;

public sealed class ResidentGrain(
    [PersistentState("resident", StorageNames.Default)] IPersistentState<ResidentState> state)
    : Grain, IResidentGrain
{
    /// <summary>
    /// How many device messages are remembered for redelivery detection. A QoS 1 retry follows
    /// its original within seconds, long before this many newer alarms arrive for one resident.
    /// </summary>
    internal const int RememberedMessages = 100;

    public async Task RegisterAsync(ResidentProfile profile)
    {
        if (profile.Id.Value != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"Profile of '{profile.Id}' sent to resident '{this.GetPrimaryKeyString()}'.", nameof(profile));
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
    }

    public Task<ResidentProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public async Task<AlarmRaised> RaiseAlarmAsync(RaiseAlarm command)
    {
        var profile = state.State.Profile
            ?? throw new InvalidOperationException($"Resident '{this.GetPrimaryKeyString()}' is not registered.");

        var earlier = state.State.ReceivedMessages.Find(m => m.Device == command.Device && m.DeviceMessageId == command.DeviceMessageId);
        var incidentId = earlier?.Incident ?? IncidentId.New();

        if (earlier is null)
        {
            // Remember the incident id before opening it: if we crash in between, the device's
            // redelivery opens the same incident instead of a second one.
            state.State.ReceivedMessages.Add(new ReceivedMessage(command.Device, command.DeviceMessageId, incidentId));
            if (state.State.ReceivedMessages.Count > RememberedMessages)
            {
                state.State.ReceivedMessages.RemoveAt(0);
            }

            await state.WriteStateAsync();
        }

        // Opening is idempotent, so a redelivery also repairs an open that never completed.
        await GrainFactory.GetIncident(incidentId).OpenAsync(new OpenIncident(
            profile.Id, profile.Tenant, command.Kind, IncidentPriorities.For(command.Kind),
            command.Device, command.DeviceTimestamp, command.ReceivedAt));

        return new AlarmRaised(incidentId, WasRedelivery: earlier is not null);
    }
}
