namespace ResponseCentre.DevicesSim.Commands;

/// <summary>One thing the simulator can do; the result is the process exit code.</summary>
internal interface ISimulatorCommand
{
    Task<int> RunAsync(CancellationToken stopping);
}
