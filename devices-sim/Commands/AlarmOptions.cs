using ResponseCentre.DevicesSim.Cli;
using ResponseCentre.DevicesSim.Devices;
using ResponseCentre.Protocol;

namespace ResponseCentre.DevicesSim.Commands;

/// <summary>
/// What <c>alarm</c> sends: one event from one device. A null message id means a fresh one,
/// so running the command twice is not taken for a redelivery.
/// </summary>
internal sealed record AlarmOptions(string DeviceId, AlarmKind Kind, string? MessageId, BrokerEndpoint Broker)
{
    public static readonly string[] Names = ["device", "kind", "message-id", .. BrokerEndpoint.OptionNames];

    // Device and message ids are deliberately not validated here, so the centre's rejections can be tried out.
    public static AlarmOptions From(OptionValues options) => new(
        options.GetRequiredString("device"),
        AlarmKindNames.Parse(options.GetRequiredString("kind")),
        options.GetStringOrNull("message-id"),
        BrokerEndpoint.From(options));
}
