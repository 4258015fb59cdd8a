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
/// a queue row with a new data-resident appears; the arrival is stamped on the .NET side, so each
/// figure includes that callback's hop over the DevTools protocol.
/// </summary>
internal static class BrowserLatencyBenchmark
{
    public const string Note =
        "Measured from before the MQTT publish to the .NET callback from a MutationObserver in the page " +
        "(queue row with the resident in the DOM); includes the Chrome DevTools Protocol callback hop.";

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
                window.rcQueueRowRendered(resident);
              }
            }
          };
          new MutationObserver(scan).observe(document, {
            childList: true, subtree: true, attributes: true, attributeFilter: ['data-resident', 'data-testid'],
          });
        })();
        """;

    public static async Task<LatencySummary> RunAsync(int alarms)
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

        var rendered = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
        await page.ExposeFunctionAsync(Callback, (string resident) =>
        {
            var arrived = Stopwatch.GetTimestamp();
            rendered.GetOrAdd(resident, _ => NewArrival()).TrySetResult(arrived);
        });
        await page.AddInitScriptAsync(ObserverScript);
        await SignInAsOperatorAsync(page);

        var devices = new List<TestDevice>();
        try
        {
            for (var n = 1; n <= alarms + WarmUpAlarms; n++)
            {
                devices.Add(await TestDevice.ConnectAsync(app.MqttPort, string.Create(CultureInfo.InvariantCulture, $"sim-{n:D4}")));
            }

            var recorder = new LatencyRecorder();
            await SendAsync(devices[alarms..], rendered, recorder: null); // warm-up: JIT, grain activation, the page's first renders
            await SendAsync(devices[..alarms], rendered, recorder);
            return recorder.Summarise();
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

    private static async Task SendAsync(List<TestDevice> devices, ConcurrentDictionary<string, TaskCompletionSource<long>> rendered, LatencyRecorder? recorder)
    {
        foreach (var device in devices)
        {
            var resident = "sim-r-" + device.DeviceId["sim-".Length..];
            var arrival = rendered.GetOrAdd(resident, _ => NewArrival());
            var start = Stopwatch.GetTimestamp();
            var puback = await device.PublishAlarmAsync(AlarmKind.PushButton);
            if (puback.ReasonCode != MqttClientPublishReasonCode.Success)
            {
                throw new InvalidOperationException($"The alarm of {device.DeviceId} was refused: {puback.ReasonCode} {puback.ReasonString}");
            }

            long end;
            try
            {
                end = await arrival.Task.WaitAsync(Patience);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"No queue row for {resident} appeared in the page within {Patience.TotalSeconds} s");
            }

            recorder?.Record(start, end);
        }
    }

    private static TaskCompletionSource<long> NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
