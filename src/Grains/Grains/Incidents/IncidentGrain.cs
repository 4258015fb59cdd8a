using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Incidents;

public sealed class IncidentGrain(
    [PersistentState("incident", StorageNames.Default)] IPersistentState<IncidentState> state)
    : Grain, IIncidentGrain
{
    public async Task<IncidentView> OpenAsync(OpenIncident command)
    {
        if (state.State.View is null)
        {
            state.State.View = new IncidentView(
                new IncidentId(this.GetPrimaryKeyString()), command.Resident, command.Tenant, command.Kind,
                command.Priority, IncidentStatus.Raised, command.Device, command.DeviceTimestamp, command.RaisedAt);
            await state.WriteStateAsync();
        }

        // Published on every call, not only the first: a redelivered alarm repairs a publish
        // that failed after the incident was stored. The feed treats a repeat as an update.
        await GrainFactory.GetIncidentFeed().PublishAsync(state.State.View);
        return state.State.View;
    }

    public Task<IncidentView?> GetViewAsync() => Task.FromResult(state.State.View);
}
