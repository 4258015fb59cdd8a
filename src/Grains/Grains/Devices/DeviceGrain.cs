using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;

namespace ResponseCentre.Grains.Devices;

/// <summary>
/// A device's registry entry and supervision. Status and contact come in through <c>DeviceGrain.Contact.cs</c>,
/// the offline deadline lives in <c>DeviceGrain.Deadline.cs</c>, raising and clearing fault incidents in
/// <c>DeviceGrain.Faults.cs</c>; this part holds the registry and the settings.
/// </summary>
public sealed partial class DeviceGrain(
    [PersistentState("device", StorageNames.Default)] IPersistentState<DeviceState> state,
    TimeProvider time,
    IOptions<DeviceSupervisionOptions> options,
    ILogger<DeviceGrain> logger)
    : Grain, IDeviceGrain, IRemindable
{
    /// <summary>The last contact as stored, to tell when the one in memory is worth a write.</summary>
    private DateTimeOffset? _storedContact;

    private DeviceSupervision Settings => state.State.Supervision ?? DeviceSupervision.Default;

    private DeviceId Id => new(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _storedContact = state.State.LastContact;
        // Without a status message or a fault nothing was ever pending, so there is no backstop to look up.
        _backstopRegistered = state.State.HeartbeatsSince is null && state.State.Faults.Count == 0 ? false : null;
        ArmDeadlineTimer(Deadline()); // after a crash or a move, a pending deadline continues where it was
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (state.State.LastContact != _storedContact)
        {
            await WriteAsync();
        }
    }

    public async Task AssignAsync(DeviceAssignment assignment)
    {
        if (assignment.Device != Id)
        {
            throw new ArgumentException($"Assignment of '{assignment.Device}' sent to device '{Id}'.", nameof(assignment));
        }

        var previous = state.State.Assignment?.Resident;
        state.State.Assignment = assignment;
        await WriteAsync();
        // The resident card lists a home's devices; keep both sides of the assignment in step.
        if (previous is { } moved && moved != assignment.Resident)
        {
            await GrainFactory.GetResident(moved).DetachDeviceAsync(Id);
        }

        await GrainFactory.GetResident(assignment.Resident).AttachDeviceAsync(Id);
    }

    public Task<DeviceAssignment?> GetAssignmentAsync() => Task.FromResult(state.State.Assignment);

    public async Task SetCredentialAsync(DeviceCredential credential)
    {
        state.State.Credential = credential;
        await WriteAsync();
    }

    public Task<DeviceCredential?> GetCredentialAsync() => Task.FromResult(state.State.Credential);

    public async Task SetSupervisionAsync(DeviceSupervision supervision)
    {
        if (DeviceSupervisionPolicy.Validate(supervision) is { Count: > 0 } errors)
        {
            throw new ArgumentException("Supervision refused: " + string.Join("; ", errors), nameof(supervision));
        }

        state.State.Supervision = supervision;
        await WriteAsync();
        await UpdateDeadlineAsync();
    }

    public Task<DeviceSupervisionView> GetSupervisionAsync()
    {
        var s = state.State;
        return Task.FromResult(new DeviceSupervisionView(Settings, s.LastContact, Deadline(), s.Battery, s.MainsOn, s.Tamper,
            [.. s.Faults.Select(f => new DeviceFault(f.Kind, f.Incident, f.Since))]));
    }

    private async Task WriteAsync()
    {
        await state.WriteStateAsync();
        _storedContact = state.State.LastContact;
    }
}
