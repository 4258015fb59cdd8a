using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Incidents;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench.Load;

/// <summary>
/// Phase 4: escalation deadlines armed while phase-1-style load (alarms and telemetry) runs at a
/// fraction of the measured ingest rate, and their lateness as the incident grains record it; beside
/// plain .NET one-shot timers in the same process, each armed when a deadline is, due at the same time.
/// The deadlines are raised on residents sim-r-0201 up as technical kinds (offline, battery, mains,
/// tamper), which no device alarm maps to (see <see cref="UseBenchmarkPoliciesAsync"/>).
/// </summary>
internal static class LatenessUnderLoadPhase
{
    public static readonly TimeSpan StepWait = TimeSpan.FromSeconds(10);
    private static readonly IncidentKind[] Kinds = [IncidentKind.DeviceOffline, IncidentKind.LowBattery, IncidentKind.MainsLost, IncidentKind.Tamper];
    private const int FirstResident = 201;
    private const int Residents = 800;

    public static async Task<(LatencySummary Deadlines, LatencySummary Timers, LoadResult Background, TimeSpan Arming, GcActivity Gc)> RunAsync(
        ResponseCentreApp app, LoadWorkerProcess generator, LoadOptions options, double rate)
    {
        var count = Math.Min(options.Deadlines, Residents * Kinds.Length);
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var deadlines = new LatencyRecorder();
        var timers = new LatencyRecorder();
        using var listener = ListenForLateness(deadlines);
        var armed = new List<ITimer>(count);

        await generator.GoAsync(new LoadRun(rate, options.AlarmEvery));
        await Task.Delay(TimeSpan.FromSeconds(2)); // the load reaches its rate

        var gc = GcActivity.Now();
        var arming = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (n, _) =>
        {
            var resident = FirstResident + n % Residents;
            var now = DateTimeOffset.UtcNow;
            await grains.GetResident(new ResidentId($"sim-r-{resident:D4}")).RaiseAlarmAsync(
                new RaiseAlarm(new DeviceId($"sim-{resident:D4}"), $"lateness-{now.Ticks}-{n}", Kinds[n / Residents], now, now));
            var timer = ArmTimer(timers, TimeProvider.System.GetUtcNow() + StepWait);
            lock (armed)
            {
                armed.Add(timer);
            }
        });
        arming.Stop();

        var patience = DateTimeOffset.UtcNow + StepWait * 3;
        while ((deadlines.Count < count || timers.Count < count) && DateTimeOffset.UtcNow < patience)
        {
            await Task.Delay(100);
        }

        var collections = GcActivity.Now().Since(gc);
        var background = await generator.StopAsync();
        armed.ForEach(timer => timer.Dispose());
        LoadBenchmark.Progress($"  {deadlines.Count} of {count} deadlines handled; background {background.PerSecond:F0} msg/s");
        return (deadlines.Summarise(), timers.Summarise(), background, arming.Elapsed, collections);
    }

    private static ITimer ArmTimer(LatencyRecorder recorder, DateTimeOffset due) =>
        TimeProvider.System.CreateTimer(_ => recorder.Record(TimeProvider.System.GetUtcNow() - due), null,
            due - TimeProvider.System.GetUtcNow(), Timeout.InfiniteTimeSpan);

    /// <summary>
    /// Set before any load: the technical kinds get one <see cref="StepWait"/> step; every other kind one
    /// step of an hour, so no deadline of the load's own incidents falls within the run and is mistaken
    /// for one of the armed ones (the lateness measurement carries no incident id).
    /// </summary>
    public static Task UseBenchmarkPoliciesAsync(IGrainFactory grains) =>
        grains.GetTenantPolicies(new TenantId("demo")).SetAsync(new TenantPolicies(new TenantId("demo"), "Europe/Oslo",
            [new RoutingRule(new("demo-home-nursing"), [], null, null, null, null, false)],
            [
                new EscalationPolicy("bench: technical kinds, one short step", Kinds, null, [new EscalationStep(NotifyTarget.OnDutyResponder, StepWait)], Repeats: 0),
                new EscalationPolicy("bench: alarms, one step of an hour", [], null, [new EscalationStep(NotifyTarget.OnDutyResponder, TimeSpan.FromHours(1))], Repeats: 0),
            ]));

    private static MeterListener ListenForLateness(LatencyRecorder recorder)
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
        listener.SetMeasurementEventCallback<double>((_, milliseconds, _, _) => recorder.Record(TimeSpan.FromMilliseconds(milliseconds)));
        listener.Start();
        return listener;
    }
}
