namespace ResponseCentre.Bench.Hostile;

/// <summary>One server's figures in the reconnect storm.</summary>
internal sealed record StormFigures(LatencySummary Before, LatencySummary During, int FailuresDuring, StormResult Storm);
