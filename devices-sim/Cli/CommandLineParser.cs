using ResponseCentre.DevicesSim.Commands;

namespace ResponseCentre.DevicesSim.Cli;

/// <summary>Turns the command line into the command to run.</summary>
internal static class CommandLineParser
{
    public static ISimulatorCommand Parse(string[] args, TimeProvider time, Random random)
    {
        var commandWord = args[0];
        var optionArgs = args.AsSpan(1);
        return commandWord switch
        {
            "alarm" => new AlarmCommand(AlarmOptions.From(OptionValues.Parse(optionArgs, AlarmOptions.Names)), time),
            "run" => new RunCommand(RunOptions.From(OptionValues.Parse(optionArgs, RunOptions.Names)), time, random),
            "scenario" => new ScenarioCommand(ScenarioOptions.From(OptionValues.Parse(optionArgs, ScenarioOptions.Names)), time),
            _ => throw new FormatException($"Unknown command '{commandWord}'."),
        };
    }
}
