using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.Grains.Residents;

/// <summary>Sensor readings: the resident's latest state.</summary>
public sealed partial class ResidentGrain
{
    public async Task<TelemetryRecorded> RecordTelemetryAsync(RecordTelemetry command)
    {
        var profile = Profile;
        foreach (var reading in command.Readings)
        {
            // A reading delayed in transit must not overwrite a newer one.
            if (!state.State.LatestReadings.TryGetValue(reading.Metric, out var latest) || latest.MeasuredAt <= command.MeasuredAt)
            {
                state.State.LatestReadings[reading.Metric] = new LatestReading(reading.Metric, reading.Value, command.MeasuredAt, command.Device);
            }
        }

        await state.WriteStateAsync();
        return new TelemetryRecorded(profile.Id, profile.Tenant);
    }

    public Task<IReadOnlyList<LatestReading>> GetLatestReadingsAsync() =>
        Task.FromResult<IReadOnlyList<LatestReading>>([.. state.State.LatestReadings.Values.OrderBy(r => r.Metric)]);
}
