using Microsoft.Extensions.DependencyInjection;
using Orleans.Core;
using Orleans.Storage;

namespace ResponseCentre.Grains.Residents;

/// <summary>
/// The resident's <see cref="ResidentSensorState"/>, kept under its own state name. It is made only
/// for residents with sensors, so a quiet resident's activation carries no second state.
/// </summary>
public sealed partial class ResidentGrain
{
    private StateStorageBridge<ResidentSensorState>? _sensors;

    /// <summary>The sensor state for reading; empty when the resident never had one.</summary>
    private ResidentSensorState Sensors => _sensors?.State ?? EmptySensors;

    // Shared by every resident without sensors, so never changed: changes go through SensorsToChange.
    private static ResidentSensorState EmptySensors { get; } = new();

    /// <summary>The sensor state for changing, made on first use; store it with <see cref="WriteSensorsAsync"/>.</summary>
    private ResidentSensorState SensorsToChange
    {
        get
        {
            _sensors ??= NewSensorBridge();
            return _sensors.State ??= new(); // a bridge never read holds no state yet
        }
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.HasSensorState)
        {
            _sensors = NewSensorBridge();
            await _sensors.ReadStateAsync();
            _sensors.State ??= new(); // flagged, but the first write never happened
        }

        await MoveLegacySensorStateAsync();
        ArmRuleTimer(); // after a crash or a move, a pending deadline still fires on time
    }

    private async Task WriteSensorsAsync()
    {
        if (!state.State.HasSensorState)
        {
            // The flag goes first: a crash in between leaves a flag with no sensor row, which reads as empty.
            state.State.HasSensorState = true;
            await state.WriteStateAsync();
        }

        await (_sensors ??= NewSensorBridge()).WriteStateAsync();
    }

    /// <summary>Residents stored before the split kept readings and rule tracking in their main state.</summary>
    private async Task MoveLegacySensorStateAsync()
    {
        if (state.State.LegacyLatestReadings is null && state.State.LegacyRuleTracking is null)
        {
            return;
        }

        var sensors = SensorsToChange;
        sensors.LatestReadings = state.State.LegacyLatestReadings ?? sensors.LatestReadings;
        sensors.RuleTracking = state.State.LegacyRuleTracking ?? sensors.RuleTracking;
        await WriteSensorsAsync();
        state.State.LegacyLatestReadings = null;
        state.State.LegacyRuleTracking = null;
        await state.WriteStateAsync();
    }

    private StateStorageBridge<ResidentSensorState> NewSensorBridge() =>
        new(StorageNames.ResidentSensorsState, GrainContext, ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default));
}
