using System.ComponentModel.DataAnnotations;

namespace ResponseCentre.TimeSeries;

/// <summary>The <c>TimeSeries</c> configuration section.</summary>
public sealed class TimeSeriesOptions
{
    public const string Section = "TimeSeries";

    /// <summary>The InfluxDB v1 HTTP API (also served by InfluxDB 2.x and 3.x), e.g. <c>http://127.0.0.1:8086</c>. Empty: no store; readings are not kept.</summary>
    public string? Url { get; set; }

    /// <summary>The database; made on start (<c>CREATE DATABASE</c> is idempotent in InfluxDB 1.x).</summary>
    [Required, RegularExpression("^[A-Za-z0-9_-]{1,64}$", ErrorMessage = "TimeSeries:Database must be letters, digits, '_' or '-'.")]
    public string Database { get; set; } = "responsecentre";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The local journal holding points until InfluxDB has acknowledged them (an SQLite file).</summary>
    [Required]
    public string BufferPath { get; set; } = "data/telemetry-buffer.db";

    /// <summary>The most points per write request (InfluxDB recommends 5,000 to 10,000).</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 5000;

    /// <summary>How long the shipper waits for a batch to fill before sending what there is.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest one request to InfluxDB may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first wait after a failed write; each further one doubles (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit breaker stays open, sending nothing, before one probe write.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Above this many points waiting in the journal the health check reports Degraded even while the store answers.</summary>
    [Range(1, long.MaxValue)]
    public long HealthyBacklog { get; set; } = 50_000;
}
