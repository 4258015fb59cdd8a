namespace ResponseCentre.DevicesSim;

/// <summary>The process exit codes, so scripts can tell a refused alarm from a broken connection.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Rejected = 2;
    public const int Usage = 64;
    public const int Interrupted = 130;
}
