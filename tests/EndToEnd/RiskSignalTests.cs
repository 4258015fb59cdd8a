using ResponseCentre.Grains.Abstractions.Signals;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>Early-warning signals computed from a resident's history reach the operators' dashboards live.</summary>
[Collection(RunningApp.Name)]
public sealed class RiskSignalTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_third_stove_trip_within_a_week_raises_a_repeated_stove_trips_signal_with_its_figures()
    {
        await using var operators = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var stove = await TestDevice.ConnectAsync(app.MqttPort, "sim-0321");

        // Each trip is cancelled by the resident ("I'm fine"), so each next one is a new incident.
        for (var trip = 1; trip <= 3; trip++)
        {
            Assert.True((await stove.PublishAlarmAsync(AlarmKind.StoveGuard)).IsSuccess);
            if (trip < 3)
            {
                Assert.True((await stove.PublishAlarmAsync(AlarmKind.Cancel)).IsSuccess);
            }
        }

        var signal = await operators.WaitForSignalAsync(s => s.Resident.Value == "sim-r-0321", Patience);
        Assert.Equal(RiskSignalKind.RepeatedStoveTrips, signal.Kind);
        Assert.Equal(3, signal.Figures.Current);
        Assert.Equal(7, signal.Figures.WindowDays);
        Assert.Contains("3", signal.Sentence, StringComparison.Ordinal);
    }
}
