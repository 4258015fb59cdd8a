namespace ResponseCentre.Protocol;

/// <summary>A refused message: the reason as a code and in words fit for a device maker's log.</summary>
/// <param name="Reason">The machine-readable reason.</param>
/// <param name="Detail">What exactly was wrong, naming the field where there is one.</param>
public sealed record ProtocolRejection(RejectionReason Reason, string Detail);
