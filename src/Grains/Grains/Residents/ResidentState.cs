using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Residents;

[GenerateSerializer, Alias("rc.ResidentState")]
public sealed class ResidentState
{
    [Id(0)] public ResidentProfile? Profile { get; set; }

    /// <summary>The most recent device messages, oldest first, capped at <see cref="ResidentGrain.RememberedMessages"/>.</summary>
    [Id(1)] public List<ReceivedMessage> ReceivedMessages { get; set; } = [];
}
