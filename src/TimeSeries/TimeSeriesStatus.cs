namespace ResponseCentre.TimeSeries;

/// <summary>How the connection to the time-series store stands.</summary>
public enum TimeSeriesStoreState
{
    /// <summary>No store configured: readings are not kept.</summary>
    NotConfigured,

    /// <summary>Not reached yet since start.</summary>
    Connecting,

    /// <summary>The last request was answered.</summary>
    Available,

    /// <summary>Requests fail; retrying with backoff, points wait in the journal.</summary>
    Failing,

    /// <summary>Requests failed repeatedly: the circuit breaker is open and the store is left alone until a probe; points wait in the journal.</summary>
    BreakerOpen,
}

/// <summary>
/// What the dashboard and the health check show about the time-series store: its state, the points
/// waiting in the local journal, and when InfluxDB last acknowledged a write. Raises
/// <see cref="Changed"/> after every change (on the thread that made it; keep handlers short).
/// </summary>
public sealed class TimeSeriesStatus
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private TimeSeriesStoreState _state;
    private long _bufferedPoints;
    private long _pointsWritten;
    private DateTimeOffset? _lastSuccessfulWrite;
    private string? _lastError;

    internal TimeSeriesStatus(TimeProvider time, bool configured)
    {
        _time = time;
        _state = configured ? TimeSeriesStoreState.Connecting : TimeSeriesStoreState.NotConfigured;
    }

    public event EventHandler? Changed;

    /// <summary>False when no store is configured (TimeSeries:Url empty) and readings are not kept.</summary>
    public bool IsConfigured => State != TimeSeriesStoreState.NotConfigured;

    public TimeSeriesStoreState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>Points durable in the local journal and not yet acknowledged by the store.</summary>
    public long BufferedPoints => Interlocked.Read(ref _bufferedPoints);

    /// <summary>Points the store has acknowledged since start.</summary>
    public long PointsWritten => Interlocked.Read(ref _pointsWritten);

    /// <summary>When the store last acknowledged a write; null until it has.</summary>
    public DateTimeOffset? LastSuccessfulWrite
    {
        get
        {
            lock (_gate)
            {
                return _lastSuccessfulWrite;
            }
        }
    }

    /// <summary>Why the last failed request failed; null once one succeeds.</summary>
    public string? LastError
    {
        get
        {
            lock (_gate)
            {
                return _lastError;
            }
        }
    }

    internal void SetBuffered(long points)
    {
        Interlocked.Exchange(ref _bufferedPoints, points);
        OnChanged();
    }

    /// <summary>The store answered: <paramref name="pointsWritten"/> points acknowledged (0 for a request that wrote none).</summary>
    internal void Succeeded(int pointsWritten)
    {
        Interlocked.Add(ref _pointsWritten, pointsWritten);
        lock (_gate)
        {
            _state = TimeSeriesStoreState.Available;
            if (pointsWritten > 0)
            {
                _lastSuccessfulWrite = _time.GetUtcNow();
            }

            _lastError = null;
        }

        OnChanged();
    }

    internal void Failed(string error)
    {
        lock (_gate)
        {
            // An open breaker stays the headline until a request gets through again.
            if (_state != TimeSeriesStoreState.BreakerOpen)
            {
                _state = TimeSeriesStoreState.Failing;
            }

            _lastError = error;
        }

        OnChanged();
    }

    internal void BreakerOpened()
    {
        lock (_gate)
        {
            _state = TimeSeriesStoreState.BreakerOpen;
        }

        OnChanged();
    }

    private void OnChanged() => Changed?.Invoke(this, EventArgs.Empty);
}
