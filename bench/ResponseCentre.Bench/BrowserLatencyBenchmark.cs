using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MQTTnet;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench;

/// <summary>
/// Publish-to-screen latency in a real browser: an operator is signed in to index.html in Debian's
/// headless Chromium; a device publishes an alarm over MQTT (QoS 1) and the time until the queue row
/// for that resident is in the page's DOM is measured. One alarm at a time, each for a resident of
/// its own. A MutationObserver in the page calls back into .NET (Playwright's exposed function) when
/// a queue row with a new data-resident appears, passing the page's own wall-clock time of that moment.
/// </summary>
internal static class BrowserLatencyBenchmark
{
    public const string Note =
        "Measured from before the MQTT publish to the moment a MutationObserver in the page sees the queue row with the " +
        "resident in the DOM, by the page's wall clock (performance.timeOrigin + now(); same machine clock as the benchmark), " +
        "so the DevTools-protocol hop back to .NET is not counted. The peer is a .NET SignalR client in the benchmark process receiving the same pushes.";

    private const string ChromiumPath = "/usr/bin/chromium";
    private const int Residents = 1000; // seeded as sim-r-0001..sim-r-1000 with devices sim-0001..sim-1000
    private const int WarmUpAlarms = 20;
    private const string Callback = "rcQueueRowRendered";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    // Every queue row with a data-resident not seen before in this document is reported once.
    private const string ObserverScript = """
        (() => {
          const seen = new Set();
          const scan = () => {
            for (const row of document.querySelectorAll('[data-testid="queue-row"][data-resident]')) {
              const resident = row.getAttribute('data-resident');
              if (!seen.has(resident)) {
                seen.add(resident);
                // The page's own wall clock at the moment the row is in the DOM: the CDP hop back to .NET is not counted.
                window.rcQueueRowRendered(resident, performance.timeOrigin + performance.now());
              }
            }
          };
          new MutationObserver(scan).observe(document, {
            childList: true, subtree: true, attributes: true, attributeFilter: ['data-resident', 'data-testid'],
          });
        })();
        """;

    /// <summary>The browser's figures, and as the peer the same alarms' arrival at a .NET SignalR client in the same run.</summary>
    public static async Task<(LatencySummary Browser, LatencySummary SignalRClient)> RunAsync(int alarms)
    {
        if (alarms < 1 || alarms + WarmUpAlarms > Residents)
        {
            throw new ArgumentOutOfRangeException(nameof(alarms), alarms, $"between 1 and {Residents - WarmUpAlarms}: each alarm needs a resident of its own");
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; tests/run.sh installs Debian's chromium package");
        }

        await using var app = new ResponseCentreApp();
        await app.InitializeAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();

        var rendered = new ConcurrentDictionary<string, TaskCompletionSource<double>>();
        await page.ExposeFunctionAsync(Callback, (string resident, double renderedAtUnixMs) =>
            rendered.GetOrAdd(resident, _ => NewArrival()).TrySetResult(renderedAtUnixMs));
        await page.AddInitScriptAsync(ObserverScript);
        await SignInAsOperatorAsync(page);
        await using var signalR = await DashboardListener.ConnectAsync(app.BaseAddress);

        var devices = new List<TestDevice>();
        try
        {
            for (var n = 1; n <= alarms + WarmUpAlarms; n++)
            {
                devices.Add(await TestDevice.ConnectAsync(app.MqttPort, string.Create(CultureInfo.InvariantCulture, $"sim-{n:D4}")));
            }

            var browserRecorder = new LatencyRecorder();
            var signalRRecorder = new LatencyRecorder();
            await SendAsync(devices[alarms..], rendered, signalR, recorders: null); // warm-up: JIT, grain activation, the page's first renders
            await SendAsync(devices[..alarms], rendered, signalR, (browserRecorder, signalRRecorder));
            return (browserRecorder.Summarise(), signalRRecorder.Summarise());
        }
        finally
        {
            foreach (var device in devices)
            {
                await device.DisposeAsync();
            }
        }
    }

    private static async Task SignInAsOperatorAsync(IPage page)
    {
        var timeout = (float)Patience.TotalMilliseconds;
        await page.GotoAsync("/login.html", new() { Timeout = timeout });
        await page.GetByTestId("login-user").FillAsync("operator", new() { Timeout = timeout });
        await page.GetByTestId("login-password").FillAsync("demo-operator", new() { Timeout = timeout });
        await page.GetByTestId("login-submit").ClickAsync(new() { Timeout = timeout });
        await page.WaitForURLAsync(new Regex(@"/index\.html([?#].*)?$"), new() { Timeout = timeout });
        // The hub must be connected before the first alarm, or its push could be missed.
        await Assertions.Expect(page.GetByTestId("connection-state")).ToContainTextAsync("Online", new() { Timeout = timeout });
    }

    private static async Task SendAsync(
        List<TestDevice> devices, ConcurrentDictionary<string, TaskCompletionSource<double>> rendered, DashboardListener signalR,
        (LatencyRecorder Browser, LatencyRecorder SignalR)? recorders)
    {
        foreach (var device in devices)
        {
            var resident = "sim-r-" + device.DeviceId["sim-".Length..];
            var arrival = rendered.GetOrAdd(resident, _ => NewArrival());
            var start = Stopwatch.GetTimestamp();
            var startUnixMs = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
            var puback = await device.PublishAlarmAsync(AlarmKind.PushButton);
            if (puback.ReasonCode != MqttClientPublishReasonCode.Success)
            {
                throw new InvalidOperationException($"The alarm of {device.DeviceId} was refused: {puback.ReasonCode} {puback.ReasonString}");
            }

            long end;
            try
            {
                // Browser and benchmark share the machine's clock: the page's render time, as a Stopwatch timestamp.
                var renderedAtUnixMs = await arrival.Task.WaitAsync(Patience);
                end = start + (long)((renderedAtUnixMs - startUnixMs) * Stopwatch.Frequency / 1000);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"No queue row for {resident} appeared in the page within {Patience.TotalSeconds} s");
            }

            var (_, pushed) = await signalR.WaitForReceiptAsync(i => i.Resident.Value == resident, Patience);
            recorders?.Browser.Record(start, end);
            recorders?.SignalR.Record(start, pushed);
        }
    }

    private static TaskCompletionSource<double> NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
