using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>A whole system of a test class's own, started with extra configuration.</summary>
public abstract class ConfiguredApp : IAsyncLifetime
{
    public ResponseCentreApp App { get; } = new();

    /// <summary>Configuration set before the app starts.</summary>
    protected abstract IReadOnlyDictionary<string, string> Settings { get; }

    public Task InitializeAsync()
    {
        foreach (var (key, value) in Settings)
        {
            App.Settings[key] = value;
        }

        return App.InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}

/// <summary>
/// Limits small enough to reach in a handful of quick publishes: telemetry and status 1/s with a burst of 5, alarms 1/s with a burst of 3;
/// repeated refusals summarised each second.
/// </summary>
public sealed class RateLimitedApp : ConfiguredApp
{
    public const int MessagesPerSecond = 1;
    public const int Burst = 5;
    public const int AlarmsPerSecond = 1;
    public const int AlarmBurst = 3;

    /// <summary>How often repeated refusals are summarised: short, so a test sees the summary.</summary>
    public static readonly TimeSpan RefusalLogInterval = TimeSpan.FromSeconds(1);

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Gateway:Limits:MessagesPerSecond"] = "1",
        ["Gateway:Limits:Burst"] = "5",
        ["Gateway:Limits:AlarmsPerSecond"] = "1",
        ["Gateway:Limits:AlarmBurst"] = "3",
        ["Gateway:RefusalLog:Interval"] = RefusalLogInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };

}

/// <summary>
/// Alarms 10/s with a burst of 5 (slower than even an MQTT 3.1.1 client waiting for each PUBACK
/// sends them, so alarms in a row are paced), telemetry and status 1/s with a burst of 5.
/// </summary>
public sealed class PacedAlarmsApp : ConfiguredApp
{
    public const int Burst = 5;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Gateway:Limits:MessagesPerSecond"] = "1",
        ["Gateway:Limits:Burst"] = "5",
        ["Gateway:Limits:AlarmsPerSecond"] = "10",
        ["Gateway:Limits:AlarmBurst"] = "5",
    };
}

/// <summary>Alarms 50/s with a burst of 5: a thousand presses are paced, in twenty seconds.</summary>
public sealed class ThousandPressesApp : ConfiguredApp
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Gateway:Limits:AlarmsPerSecond"] = "50",
        ["Gateway:Limits:AlarmBurst"] = "5",
    };
}

/// <summary>Limits far above what the fuzzer sends, so the limiter does not hide how payloads are handled.</summary>
public sealed class UnlimitedApp : ConfiguredApp
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Gateway:Limits:MessagesPerSecond"] = "1000000",
        ["Gateway:Limits:Burst"] = "1000000",
        ["Gateway:Limits:AlarmsPerSecond"] = "1000000",
        ["Gateway:Limits:AlarmBurst"] = "1000000",
    };
}

/// <summary>A system of its own with the default configuration, whose counters only its own tests move.</summary>
public sealed class DefaultApp : ConfiguredApp
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();
}

/// <summary>
/// Tests that measure the whole process (metric deltas, managed memory) run alone, after the
/// parallel collections, so no other system in the test process moves their numbers.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    public const string Name = "Security: measured alone";
}
