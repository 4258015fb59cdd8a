using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Abstractions.Signals;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>The simulator's scenarios, run as its own process, each producing the incident or signal it stands for.</summary>
[Collection(RunningApp.Name)]
public sealed class ScenarioTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string Simulator = Path.Combine(AppContext.BaseDirectory, "responsecentre-sim.dll");

    [Fact]
    public async Task A_fall_at_night_opens_a_life_threatening_fall_incident()
    {
        await using var operators = await DashboardListener.ConnectAsync(app.BaseAddress);

        await RunScenarioAsync("fall-at-night", "sim-0701");

        var incident = await operators.WaitForAsync(i => i.Device.Value == "sim-0701", Patience);
        Assert.Equal(IncidentKind.Fall, incident.Kind);
        Assert.Equal(IncidentPriority.LifeThreatening, incident.Priority);
    }

    [Fact]
    public async Task A_stove_left_on_with_nobody_moving_opens_a_stove_guard_incident_after_the_resident_s_rule_time()
    {
        await using var operators = await DashboardListener.ConnectAsync(app.BaseAddress);
        await SetStoveRuleAsync("sim-r-0702", TimeSpan.FromSeconds(2));

        await RunScenarioAsync("stove-left-on", "sim-0702", "--step", "0.5", "--duration", "4");

        var incident = await operators.WaitForAsync(i => i.Resident.Value == "sim-r-0702", Patience);
        Assert.Equal(IncidentKind.StoveGuard, incident.Kind);
    }

    [Fact]
    public async Task A_pendant_with_a_dying_battery_opens_a_technical_low_battery_incident()
    {
        await using var operators = await DashboardListener.ConnectAsync(app.BaseAddress);

        await RunScenarioAsync("dying-battery", "sim-0703", "--step", "0.1");

        var incident = await operators.WaitForAsync(i => i.Device.Value == "sim-0703", Patience);
        Assert.Equal(IncidentKind.LowBattery, incident.Kind);
        Assert.Equal(IncidentPriority.Technical, incident.Priority);
    }

    [Fact]
    public async Task Night_restlessness_rising_over_two_weeks_of_simulated_time_raises_a_risk_signal_with_its_figures()
    {
        await using var operators = await DashboardListener.ConnectAsync(app.BaseAddress);

        await RunScenarioAsync("restless-nights", "sim-0704", "--days", "14");

        var signal = await operators.WaitForSignalAsync(s => s.Resident.Value == "sim-r-0704", Patience);
        Assert.Equal(RiskSignalKind.NightRestlessness, signal.Kind);
        Assert.True(signal.Figures.Current > 1.5 * signal.Figures.Baseline, $"{signal.Sentence}");
    }

    private async Task RunScenarioAsync(string name, string device, params string[] options)
    {
        var (exitCode, output) = await ExternalProcess.RunAsync(Patience, "dotnet",
            [Simulator, "scenario", "--name", name, "--device", device, "--port", app.MqttPort.ToString(CultureInfo.InvariantCulture), .. options]);
        Assert.True(exitCode == 0, output);
        Assert.Contains(", 0 refused", output, StringComparison.Ordinal);
    }

    private async Task SetStoveRuleAsync(string resident, TimeSpan after)
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DashboardJson.Configure(json);
        var rules = await http.GetFromJsonAsync<SensorRuleSet>($"/api/admin/residents/{resident}/sensor-rules", json);
        var response = await http.PutAsJsonAsync($"/api/admin/residents/{resident}/sensor-rules",
            rules! with { StoveUnattended = new StoveUnattendedRule(true, after) }, json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
