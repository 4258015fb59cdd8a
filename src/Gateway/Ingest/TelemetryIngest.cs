using System.Buffers;
using Microsoft.Extensions.Logging;
using ResponseCentre.Gateway.Limits;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Protocol.Telemetry;
using ResponseCentre.TimeSeries;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>
/// Validates sensor readings, keeps them as the resident's latest state (where the sensor rules
/// look at them) and adds them to the resident's series. Acknowledged once both are durable.
/// Accepted readings get no acknowledgement on the ack topic (a sensor reporting every few seconds
/// needs none); refused ones do, with the reason.
/// </summary>
internal sealed class TelemetryIngest(
    IGrainFactory grains, ITelemetrySink series, IDeviceAckChannel acks, TimestampWindow window, TimeProvider time, ILogger<TelemetryIngest> logger)
{
    public Task<IngestResult> ProcessAsync(string deviceId, ReadOnlySequence<byte> payload) =>
        ReadThenStore.RunAsync(TelemetryReader.Read(deviceId, payload), deviceId, acks, StoreAsync,
            (ex, batch) => GatewayLog.TelemetryNotStored(logger, ex, batch.MessageId, batch.DeviceId));

    private async Task<IngestResult> StoreAsync(TelemetryBatch batch)
    {
        if (window.CheckTelemetry(batch.Timestamp) is { } untrusted)
        {
            await acks.SendAsync(batch.DeviceId, DeviceMessageTranslator.ToRejectedAck(batch.MessageId, untrusted));
            return IngestResult.Rejected(untrusted);
        }

        var assignment = await grains.GetDevice(new DeviceId(batch.DeviceId)).TouchAsync(time.GetUtcNow());
        if (assignment is null)
        {
            var rejection = DeviceRegistryRejections.Unknown(batch.DeviceId);
            await acks.SendAsync(batch.DeviceId, DeviceMessageTranslator.ToRejectedAck(batch.MessageId, rejection));
            return IngestResult.Rejected(rejection);
        }

        await StoreAsync(assignment, batch);
        return IngestResult.Stored();
    }

    /// <summary>Keeps readings of a registered device: the resident's latest state, then the series.</summary>
    public async Task StoreAsync(DeviceAssignment assignment, TelemetryBatch batch)
    {
        var command = DeviceMessageTranslator.ToRecordTelemetry(batch, time.GetUtcNow());
        var recorded = await grains.GetResident(assignment.Resident).RecordTelemetryAsync(command);
        await series.WriteAsync([.. command.Readings.Select(reading => new TelemetryPoint(
            recorded.Resident.Value, recorded.Tenant.Value, batch.DeviceId, reading.Metric, reading.Value, batch.Timestamp))]);
    }
}
