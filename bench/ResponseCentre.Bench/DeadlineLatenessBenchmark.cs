using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Incidents;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench;

/// <summary>
/// Arms <c>count</c> escalation deadlines (one per incident: 1,000 simulated residents, one alarm of
/// each of several kinds) and records how late each is handled, as the incident grains measure it.
/// </summary>
internal static class DeadlineLatenessBenchmark
{
    public static readonly TimeSpan StepWait = TimeSpan.FromSeconds(30);

    /// <summary>The lateness of every deadline, and how long arming them all took (the spread of their due times).</summary>
    public static async Task<(LatencySummary Lateness, TimeSpan Arming)> RunAsync(int count)
    {
        await using var app = new ResponseCentreApp();
        await app.InitializeAsync();
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        await UseOneStepPolicyAsync(grains);

        var recorder = new LatencyRecorder();
        var allHandled = new TaskCompletionSource();
        using var listener = ListenForLateness(recorder, count, allHandled);
        var arming = System.Diagnostics.Stopwatch.StartNew();
        var kinds = Enum.GetValues<IncidentKind>();
        var alarms = Enumerable.Range(0, count).Select(n => (Resident: n % 1000 + 1, Kind: kinds[n / 1000 % kinds.Length], Message: n));
        await Parallel.ForEachAsync(alarms, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (alarm, _) =>
        {
            var now = DateTimeOffset.UtcNow;
            await grains.GetResident(new ResidentId($"sim-r-{alarm.Resident:D4}")).RaiseAlarmAsync(
                new RaiseAlarm(new DeviceId($"sim-{alarm.Resident:D4}"), $"deadline-{alarm.Message}", alarm.Kind, now, now));
        });

        arming.Stop();

        await allHandled.Task.WaitAsync(StepWait * 4);
        return (recorder.Summarise(), arming.Elapsed);
    }

    private static Task UseOneStepPolicyAsync(IGrainFactory grains) =>
        grains.GetTenantPolicies(new TenantId("demo")).SetAsync(new TenantPolicies(new TenantId("demo"), "Europe/Oslo",
            [new RoutingRule(new("demo-home-nursing"), [], null, null, null, null, false)],
            [new EscalationPolicy("one deadline each", [], null, [new EscalationStep(NotifyTarget.OnDutyResponder, StepWait)], Repeats: 0)]));

    private static MeterListener ListenForLateness(LatencyRecorder recorder, int count, TaskCompletionSource allHandled)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == EscalationMetrics.MeterName && instrument.Name == EscalationMetrics.DeadlineLatenessName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, milliseconds, _, _) =>
        {
            recorder.Record(TimeSpan.FromMilliseconds(milliseconds));
            if (recorder.Count >= count)
            {
                allHandled.TrySetResult();
            }
        });
        listener.Start();
        return listener;
    }
}
