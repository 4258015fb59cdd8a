using System.Text;
using Microsoft.Extensions.Options;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// Encodes points to line protocol and appends them to the journal; done once the journal has them on
/// disk. The shipper takes them to InfluxDB from there. Every point is encoded before any is kept, so
/// a call with an invalid point keeps nothing and says which.
/// </summary>
internal sealed class JournalingTelemetrySink(TelemetryJournal journal, IOptions<TimeSeriesOptions> options) : ITelemetrySink
{
    private readonly int _chunkSize = options.Value.BatchSize;

    public Task WriteAsync(IReadOnlyList<TelemetryPoint> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        cancellationToken.ThrowIfCancellationRequested();
        if (points.Count == 0)
        {
            return Task.CompletedTask;
        }

        // One journal row per chunk of at most a batch of points, so the shipper can fill a request
        // from whole rows.
        var chunks = new List<JournalChunk>((points.Count + _chunkSize - 1) / _chunkSize);
        var lines = new StringBuilder(points.Count * 112);
        var inChunk = 0;
        for (var i = 0; i < points.Count; i++)
        {
            if (inChunk > 0)
            {
                lines.Append('\n');
            }

            try
            {
                LineProtocol.Append(lines, points[i]);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"Point {i} of {points.Count} cannot be stored, so none is: {ex.Message}", nameof(points), ex);
            }

            if (++inChunk == _chunkSize)
            {
                chunks.Add(new JournalChunk(inChunk, lines.ToString()));
                lines.Clear();
                inChunk = 0;
            }
        }

        if (inChunk > 0)
        {
            chunks.Add(new JournalChunk(inChunk, lines.ToString()));
        }

        return journal.AppendAsync(chunks);
    }
}
