namespace ResponseCentre.Bench.Hostile;

/// <summary>One server's figures in the connection flood.</summary>
internal sealed record FloodFigures(
    LatencySummary Before,
    LatencySummary During,
    int FailuresDuring,
    LatencySummary? Health,
    int HealthFailures,
    int Attempted,
    int Established,
    int NotEstablished,
    int ClosedByServer,
    LatencySummary TimeToClose,
    TimeSpan OpeningTook,
    long ServerRssBefore,
    long ServerRssDuring,
    long BenchRssBefore,
    long BenchRssDuring);
