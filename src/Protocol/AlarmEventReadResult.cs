using System.Diagnostics.CodeAnalysis;

namespace ResponseCentre.Protocol;

/// <summary>Either a valid alarm event or the reason it was refused.</summary>
public sealed record AlarmEventReadResult
{
    private AlarmEventReadResult(AlarmEventMessage? message, ProtocolRejection? rejection)
    {
        Message = message;
        Rejection = rejection;
    }

    /// <summary>The event, when it was valid.</summary>
    public AlarmEventMessage? Message { get; }

    /// <summary>Why it was refused, when it was not valid.</summary>
    public ProtocolRejection? Rejection { get; }

    /// <summary>True when <see cref="Message"/> holds a valid event.</summary>
    [MemberNotNullWhen(true, nameof(Message))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsValid => Message is not null;

    /// <summary>A valid event.</summary>
    public static AlarmEventReadResult Valid(AlarmEventMessage message) => new(message, null);

    /// <summary>A refused event.</summary>
    public static AlarmEventReadResult Rejected(RejectionReason reason, string detail) => new(null, new ProtocolRejection(reason, detail));
}
