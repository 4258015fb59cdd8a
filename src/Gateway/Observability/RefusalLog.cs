using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Observability;

/// <summary>
/// Keeps the log readable under attack: the first refusal of a client (or address) for a reason is
/// logged in full at once, the same ones after it only counted, and each interval one summary line
/// per client and reason says how many were not logged. Metrics still count every refusal.
/// </summary>
internal sealed partial class RefusalLog : IDisposable
{
    /// <summary>Where refusals of clients beyond <see cref="RefusalLogOptions.Capacity"/> are counted together.</summary>
    private const string OtherSources = "(other clients)";

    private readonly Dictionary<RefusalKey, int> _suppressed = [];
    private readonly Lock _lock = new();
    private readonly RefusalLogOptions _options;
    private readonly ILogger<RefusalLog> _logger;
    private readonly ITimer _summaries;

    public RefusalLog(IOptions<RefusalLogOptions> options, TimeProvider time, ILogger<RefusalLog> logger)
    {
        _options = options.Value;
        _logger = logger;
        _summaries = time.CreateTimer(_ => Summarise(), null, _options.Interval, _options.Interval);
    }

    /// <summary>Tracked keys, for tests of the bound.</summary>
    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _suppressed.Count;
            }
        }
    }

    /// <summary>A refused publish, logged in full if it is the first of its client and reason this interval.</summary>
    public void PublishRejected(ILogger logger, string clientId, string topic, RejectionReason reason, string detail)
    {
        if (ShouldLog("publish", clientId, reason.ToString()))
        {
            GatewayLog.PublishRejected(logger, clientId, topic, reason, detail);
        }
    }

    /// <summary>
    /// A refused connection, logged in full if it is the first of its client id (or, without one, its
    /// address) and reason code this interval. Made-up client ids beyond the capacity are counted together.
    /// </summary>
    public void ConnectionRefused(ILogger logger, string? clientId, string? userName, string? endpoint, MqttConnectReasonCode code, string reason)
    {
        var source = string.IsNullOrEmpty(clientId) ? AddressOf(endpoint) : clientId;
        if (ShouldLog("connection", source, code.ToString()))
        {
            GatewayLog.ConnectionRefused(logger, clientId, userName, endpoint, reason);
        }
    }

    /// <summary>
    /// True when this refusal is to be logged in full (the first of its client and reason this
    /// interval); false when it was counted for the interval's summary instead.
    /// </summary>
    public bool ShouldLog(string kind, string? source, string reason)
    {
        var key = new RefusalKey(kind, source ?? "(unknown)", reason);
        lock (_lock)
        {
            if (_suppressed.TryGetValue(key, out var count))
            {
                _suppressed[key] = count + 1;
                return false;
            }

            if (_suppressed.Count < _options.Capacity)
            {
                _suppressed[key] = 0;
                return true;
            }

            // Full: an unseen client is not logged on its own, or many client ids would flood the log.
            var others = key with { Source = OtherSources, Reason = "any" };
            _suppressed[others] = _suppressed.GetValueOrDefault(others) + 1;
            return false;
        }
    }

    public void Dispose() => _summaries.Dispose();

    /// <summary>The address without the port, which differs for every connection.</summary>
    private static string? AddressOf(string? endpoint) =>
        IPEndPoint.TryParse(endpoint ?? "", out var parsed) ? parsed.Address.ToString() : endpoint;

    /// <summary>One line per client and reason with refusals not logged; quiet ones are forgotten, so their next refusal is logged in full.</summary>
    private void Summarise()
    {
        List<KeyValuePair<RefusalKey, int>> counted;
        lock (_lock)
        {
            counted = [.. _suppressed.Where(entry => entry.Value > 0)];
            _suppressed.Clear();
            foreach (var (key, _) in counted)
            {
                // Still being refused: keep counting instead of logging the next one in full.
                _suppressed[key] = 0;
            }
        }

        foreach (var (key, count) in counted)
        {
            LogSuppressed(key.Kind, key.Source, key.Reason, count, _options.Interval);
        }
    }

    [LoggerMessage(100, LogLevel.Warning, "{Count} more {Kind} refusals of {Source} ({Reason}) in the last {Interval}: counted, not logged one by one")]
    private partial void LogSuppressed(string kind, string source, string reason, int count, TimeSpan interval);
}
