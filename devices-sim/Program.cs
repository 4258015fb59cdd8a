using ResponseCentre.DevicesSim;
using ResponseCentre.DevicesSim.Cli;
using ResponseCentre.DevicesSim.Commands;

var time = TimeProvider.System;

if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
{
    Usage.Print(args.Length == 0 ? Console.Error : Console.Out);
    return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
}

ISimulatorCommand command;
try
{
    command = CommandLineParser.Parse(args, time, Random.Shared);
}
catch (FormatException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine();
    Usage.Print(Console.Error);
    return ExitCodes.Usage;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C lets the command finish cleanly; a second one ends the process at once.
    if (!stop.IsCancellationRequested)
    {
        e.Cancel = true;
        Console.WriteLine("Stopping (press Ctrl+C again to abort)...");
        stop.Cancel();
    }
};

return await command.RunAsync(stop.Token);
