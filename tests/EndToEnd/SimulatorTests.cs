using System.Globalization;
using System.Text.RegularExpressions;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>The device simulator, run as its own process, talking MQTT to the running system.</summary>
[Collection(RunningApp.Name)]
public sealed partial class SimulatorTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string Simulator = Path.Combine(AppContext.BaseDirectory, "responsecentre-sim.dll");

    private string Port => app.MqttPort.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Alarm_command_sends_one_alarm_that_reaches_the_dashboard()
    {
        await using var dashboard = await DashboardListener.ConnectAsync(app.BaseAddress);

        var (exitCode, output) = await ExternalProcess.RunAsync(Patience, "dotnet", Simulator,
            "alarm", "--device", "sim-0501", "--kind", "fall", "--port", Port);

        Assert.True(exitCode == 0, output);
        var incident = await dashboard.WaitForAsync(i => i.Device.Value == "sim-0501", Patience);
        Assert.Contains(incident.Id.Value, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alarm_command_reports_a_refused_alarm_with_exit_code_2()
    {
        var (exitCode, output) = await ExternalProcess.RunAsync(Patience, "dotnet", Simulator,
            "alarm", "--device", "not-registered-2", "--kind", "fall", "--port", Port);

        Assert.Equal(2, exitCode);
        Assert.Contains("BadUserNameOrPassword", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_command_simulates_residents_whose_every_alarm_is_acknowledged_and_pushed()
    {
        await using var dashboard = await DashboardListener.ConnectAsync(app.BaseAddress);

        var (exitCode, output) = await ExternalProcess.RunAsync(Patience, "dotnet", Simulator,
            "run", "--residents", "20", "--first", "601", "--rate", "20", "--duration", "2", "--port", Port);

        Assert.True(exitCode == 0, output);
        var summary = SummaryLine().Match(output);
        Assert.True(summary.Success, output);
        var published = int.Parse(summary.Groups["published"].Value, CultureInfo.InvariantCulture);
        Assert.True(published > 0, output);
        Assert.Equal(published, int.Parse(summary.Groups["acknowledged"].Value, CultureInfo.InvariantCulture));
        for (var n = 0; n < published; n++)
        {
            await dashboard.WaitForAsync(i => string.CompareOrdinal(i.Device.Value, "sim-0601") >= 0 && string.CompareOrdinal(i.Device.Value, "sim-0620") <= 0, Patience);
        }
    }

    [Fact]
    public async Task Run_command_speaks_mqtt_3_1_1_and_every_alarm_is_acknowledged()
    {
        var (exitCode, output) = await ExternalProcess.RunAsync(Patience, "dotnet", Simulator,
            "run", "--residents", "5", "--first", "621", "--rate", "10", "--duration", "2", "--port", Port, "--mqtt", "3.1.1");

        Assert.True(exitCode == 0, output);
        var summary = SummaryLine().Match(output);
        Assert.True(summary.Success, output);
        var published = int.Parse(summary.Groups["published"].Value, CultureInfo.InvariantCulture);
        Assert.True(published > 0, output);
        Assert.Equal(published, int.Parse(summary.Groups["acknowledged"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"published (?<published>\d+), acknowledged (?<acknowledged>\d+)")]
    private static partial Regex SummaryLine();
}
