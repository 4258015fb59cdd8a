namespace ResponseCentre.Bench.Hostile;

/// <summary>What a reconnect storm achieved: completed handshakes, CONNACKs refusing, and connects that failed or timed out.</summary>
internal sealed record StormResult(int Devices, int Completed, int Refused, int Failed, TimeSpan Elapsed)
{
    public double HandshakesPerSecond => Completed / Elapsed.TotalSeconds;
}
