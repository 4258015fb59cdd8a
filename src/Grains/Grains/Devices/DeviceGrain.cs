using ResponseCentre.Grains.Abstractions.Devices;

namespace ResponseCentre.Grains.Devices;

public sealed class DeviceGrain(
    [PersistentState("device", StorageNames.Default)] IPersistentState<DeviceState> state)
    : Grain, IDeviceGrain
{
    public async Task AssignAsync(DeviceAssignment assignment)
    {
        if (assignment.Device.Value != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"Assignment of '{assignment.Device}' sent to device '{this.GetPrimaryKeyString()}'.", nameof(assignment));
        }

        state.State.Assignment = assignment;
        await state.WriteStateAsync();
    }

    public Task<DeviceAssignment?> GetAssignmentAsync() => Task.FromResult(state.State.Assignment);
}
