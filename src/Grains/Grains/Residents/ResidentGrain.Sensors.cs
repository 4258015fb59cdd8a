using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Residents;

/// <summary>Sensor readings: the resident's latest state, which the sensor rules then look at.</summary>
public sealed partial class ResidentGrain
{
    public async Task<TelemetryRecorded> RecordTelemetryAsync(RecordTelemetry command)
    {
        var profile = Profile;
        // The rules run on the centre's clock: a device clock running ahead must not put a reading in the future.
        var ruleTime = command.MeasuredAt < command.ReceivedAt ? command.MeasuredAt : command.ReceivedAt;
        var latestReadings = SensorsToChange.LatestReadings;
        var accepted = new List<LatestReading>(command.Readings.Count);
        foreach (var reading in command.Readings)
        {
            // A reading delayed in transit must not overwrite a newer one.
            if (!latestReadings.TryGetValue(reading.Metric, out var latest) || latest.MeasuredAt <= command.MeasuredAt)
            {
                var newest = new LatestReading(reading.Metric, reading.Value, command.MeasuredAt, command.Device);
                latestReadings[reading.Metric] = newest;
                accepted.Add(newest with { MeasuredAt = ruleTime });
            }
        }

        await EvaluateRulesAsync(accepted); // stores the readings with what the rules made of them
        // The history counts night-time activity by when it happened, for the early-warning signals.
        await GrainFactory.GetResidentHistory(profile.Id).RecordReadingsAsync(profile, command.Readings, command.MeasuredAt);
        return new TelemetryRecorded(profile.Id, profile.Tenant);
    }

    public Task<IReadOnlyList<LatestReading>> GetLatestReadingsAsync() =>
        Task.FromResult<IReadOnlyList<LatestReading>>([.. Sensors.LatestReadings.Values.OrderBy(r => r.Metric)]);
}
