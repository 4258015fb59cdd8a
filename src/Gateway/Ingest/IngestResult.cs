using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>What became of one device message.</summary>
internal readonly record struct IngestResult
{
    /// <summary>Stored (or recognised as a redelivery of a stored message): the device may be acknowledged.</summary>
    public bool IsStored { get; private init; }

    /// <summary>Refused for good; the device was told why on its ack topic. Acknowledge it, or it comes back forever.</summary>
    public ProtocolRejection? Rejection { get; private init; }

    /// <summary>Valid, but not stored (the cluster could not take it now). Must not be acknowledged.</summary>
    public Exception? Failure { get; private init; }

    public static IngestResult Stored() => new() { IsStored = true };

    /// <summary>Nothing in it for the centre (e.g. zigbee2mqtt's own bridge messages): acknowledged and logged, not stored.</summary>
    public static IngestResult Ignored() => new() { IsStored = true };

    public static IngestResult Rejected(ProtocolRejection rejection) => new() { Rejection = rejection };

    public static IngestResult Failed(Exception exception) => new() { Failure = exception };
}
