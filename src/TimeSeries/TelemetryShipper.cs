using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// Sends the journal to InfluxDB, oldest first, one batch at a time, and deletes a batch from the
/// journal only after InfluxDB answered 204 for it. One request in flight keeps the order: batch n+1
/// is not sent before batch n is acknowledged, so a replay after an outage arrives as it was written
/// (which matters where points share a series and millisecond: the later one must win).
/// A resent batch (crash between the 204 and the delete) is harmless: InfluxDB replaces a point with
/// the same series and timestamp by itself.
/// Each batch runs through a Polly pipeline: an outer retry without limit (exponential backoff with
/// jitter, capped; nothing is ever given up, since every point is already durable here), around a
/// circuit breaker that opens after repeated failures, so a dead store gets one probe per break
/// duration instead of a stream of requests; while it is open the retry waits exactly until the
/// probe is due. Batches InfluxDB refuses as invalid (400) are not retried: it kept their valid
/// points, and the invalid ones would block the journal forever.
/// </summary>
internal sealed class TelemetryShipper : BackgroundService
{
    private readonly TelemetryJournal _journal;
    private readonly InfluxClient _influx;
    private readonly TimeSeriesStatus _status;
    private readonly TimeSeriesMetrics _metrics;
    private readonly TimeSeriesOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TelemetryShipper> _logger;
    private bool _databaseReady;
    private bool _failing;

    public TelemetryShipper(
        TelemetryJournal journal, InfluxClient influx, TimeSeriesStatus status, TimeSeriesMetrics metrics,
        IOptions<TimeSeriesOptions> options, TimeProvider time, ILogger<TelemetryShipper> logger)
    {
        _journal = journal;
        _influx = influx;
        _status = status;
        _metrics = metrics;
        _options = options.Value;
        _time = time;
        _logger = logger;
        Pipeline = BuildPipeline();
    }

    private ResiliencePipeline Pipeline { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The journal is SQLite (synchronous): off the host's start-up thread.
        await Task.Yield();
        try
        {
            // Create the database on start, through the same pipeline: a store that is down at start
            // delays nothing but the shipping.
            await Pipeline.ExecuteAsync(EnsureDatabaseAsync, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ShipNextAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The journal itself failed (disk error): the batch stays, try again shortly.
                    TimeSeriesLog.JournalFailed(_logger, ex);
                    _status.Failed("local journal: " + ex.Message);
                    await Task.Delay(_options.MaxRetryDelay, _time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever was not acknowledged stays in the journal for the next start.
        }
    }

    private async Task ShipNextAsync(CancellationToken stoppingToken)
    {
        var batch = _journal.ReadOldest(_options.BatchSize);
        if (batch is null)
        {
            await _journal.WaitForAppendAsync(stoppingToken);
            return;
        }

        if (batch.Points < _options.BatchSize && _options.FlushInterval > TimeSpan.Zero)
        {
            // A part batch: give a steady trickle a moment to fill it, so a busy gateway sends one
            // request per flush interval rather than one per reading.
            await GatherAsync(stoppingToken);
            batch = _journal.ReadOldest(_options.BatchSize)!;
        }

        var accepted = await Pipeline.ExecuteAsync((b, token) => WriteAsync(b, token), batch, stoppingToken);
        await _journal.DeleteThroughAsync(batch.LastSeq);
        if (accepted)
        {
            _metrics.Written(batch.Points);
            _status.Succeeded(batch.Points);
        }
        else
        {
            _metrics.Refused(batch.Points);
        }
    }

    private async Task GatherAsync(CancellationToken stoppingToken)
    {
        using var window = new CancellationTokenSource(_options.FlushInterval, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(window.Token, stoppingToken);
        try
        {
            while (_journal.Count < _options.BatchSize)
            {
                await _journal.WaitForAppendAsync(either.Token);
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The flush interval is over: send what there is.
        }
    }

    private async ValueTask EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        await AttemptAsync(() => _influx.CreateDatabaseAsync(cancellationToken), cancellationToken);
        _databaseReady = true;
        _status.Succeeded(0);
    }

    /// <summary>One attempt at one batch: true when written, false when InfluxDB refused it as invalid.</summary>
    private async ValueTask<bool> WriteAsync(JournalBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await AttemptAsync(async () =>
            {
                if (!_databaseReady)
                {
                    await _influx.CreateDatabaseAsync(cancellationToken);
                    _databaseReady = true;
                }

                await _influx.WriteAsync(batch.Body, cancellationToken);
            }, cancellationToken);
            return true;
        }
        catch (InfluxRequestException ex) when (ex.PointsRefused)
        {
            TimeSeriesLog.BatchRefused(_logger, batch.Points, ex.Message);
            return false;
        }
    }

    private async Task AttemptAsync(Func<Task> attempt, CancellationToken cancellationToken)
    {
        try
        {
            await attempt();
            if (_failing)
            {
                _failing = false;
                TimeSeriesLog.Recovered(_logger, _journal.Count);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not InfluxRequestException { PointsRefused: true })
        {
            if (ex is InfluxRequestException { DatabaseNotFound: true })
            {
                // Dropped while we ran: make it again on the next attempt.
                _databaseReady = false;
            }

            _metrics.WriteFailed();
            _status.Failed(ex.Message);
            if (!_failing)
            {
                _failing = true;
                TimeSeriesLog.WriteFailing(_logger, ex, _journal.Count);
            }
            else
            {
                TimeSeriesLog.WriteFailedAgain(_logger, ex.Message);
            }

            throw;
        }
    }

    private ResiliencePipeline BuildPipeline()
    {
        // Everything that reaches the pipeline as an exception is worth retrying (refusals return
        // false instead), except our own stopping.
        static ValueTask<bool> Transient(Outcome<object> outcome, CancellationToken stopping) =>
            ValueTask.FromResult(outcome.Exception is not null && !stopping.IsCancellationRequested);

        return new ResiliencePipelineBuilder { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => Transient(args.Outcome, args.Context.CancellationToken),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryDelay,
                MaxDelay = _options.MaxRetryDelay,
                // Refused by the open breaker: wait until it lets a probe through, not less.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is BrokenCircuitException { RetryAfter: { } retryAfter } ? retryAfter : (TimeSpan?)null),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = args => Transient(args.Outcome, args.Context.CancellationToken),
                // Half the requests of the last 10 s failed, at least three requests in all: after a
                // quiet spell that is the second failure after a success, or the third in a row; when
                // busy, successes before the outage age out of the window within 10 s.
                FailureRatio = 0.5,
                MinimumThroughput = 3,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = _options.BreakDuration,
                OnOpened = args =>
                {
                    _status.BreakerOpened();
                    TimeSeriesLog.BreakerOpened(_logger, args.BreakDuration, _journal.Count);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
