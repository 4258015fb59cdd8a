using System.Globalization;
using System.Text.Json;

namespace ResponseCentre.Bench.Load;

/// <summary>
/// The load generator's process (<c>ResponseCentre.Bench load-worker ...</c>), driven over its standard
/// input and output by <see cref="LoadWorkerProcess"/>: it prints <c>ready CONNECTED FAILED</c> once
/// connected, then on <c>go RATE ALARM-EVERY</c> starts publishing (see <see cref="LoadRun"/>), on
/// <c>stop</c> prints <c>result {json}</c>, and on <c>quit</c> (or the end of its input) disconnects and exits.
/// </summary>
internal static class LoadWorker
{
    public static async Task<int> RunAsync(string[] args)
    {
        var spec = LoadSpec.Parse(args);
        using var generator = await LoadGenerator.ConnectAsync(spec);
        Reply(string.Create(CultureInfo.InvariantCulture, $"ready {generator.Connected} {generator.ConnectFailures}"));
        var running = false;
        while (await Console.In.ReadLineAsync() is { } command && command != "quit")
        {
            if (command.StartsWith("go ", StringComparison.Ordinal) && !running && !spec.Idle)
            {
                generator.Start(LoadRun.Parse(command));
                running = true;
            }
            else if (command == "stop" && running)
            {
                Reply("result " + JsonSerializer.Serialize(generator.Stop()));
                await generator.DrainAsync();
                running = false;
            }
        }

        if (running)
        {
            generator.Stop();
            await generator.DrainAsync();
        }

        await generator.DisconnectAsync();
        return 0;
    }

    private static void Reply(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }
}
