using Microsoft.Extensions.Options;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Limits;

/// <summary>
/// Refuses device timestamps the centre cannot trust: far ahead of its clock (a device with a
/// broken clock would otherwise sort its alarm into the future), or older than an offline device
/// plausibly kept them. Readings may be older than alarms: sensors backfill after an outage.
/// </summary>
internal sealed class TimestampWindow(IOptions<GatewayLimitsOptions> options, TimeProvider time)
{
    public ProtocolRejection? CheckAlarm(DateTimeOffset timestamp) => Check(timestamp, options.Value.MaxAlarmAge, "alarm");

    public ProtocolRejection? CheckTelemetry(DateTimeOffset timestamp) => Check(timestamp, options.Value.MaxTelemetryAge, "reading");

    private ProtocolRejection? Check(DateTimeOffset timestamp, TimeSpan maxAge, string what)
    {
        var now = time.GetUtcNow();
        if (timestamp > now + options.Value.MaxClockAhead)
        {
            return new ProtocolRejection(RejectionReason.TimestampOutOfRange,
                $"timestamp {timestamp:O} is more than {options.Value.MaxClockAhead} ahead of the centre's clock ({now:O}); check the device's clock");
        }

        if (timestamp < now - maxAge)
        {
            return new ProtocolRejection(RejectionReason.TimestampOutOfRange,
                $"timestamp {timestamp:O} is older than the {maxAge.TotalDays:0.#} days accepted for a {what}; it is not accepted");
        }

        return null;
    }
}
