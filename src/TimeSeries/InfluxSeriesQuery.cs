using System.Text.Json;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.TimeSeries;

/// <summary>Downsampled series from InfluxDB (see <see cref="SeriesQueryText"/> for the statement).</summary>
internal sealed class InfluxSeriesQuery(InfluxClient influx) : ISeriesQuery
{
    public async Task<IReadOnlyList<SeriesBucket>> QueryAsync(
        string resident, SensorMetric metric, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        var plan = SeriesQueryText.Build(resident, metric, from, to, bucket);
        JsonDocument document;
        try
        {
            document = await influx.QueryAsync(plan.InfluxQl, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or InfluxRequestException or JsonException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new TimeSeriesStoreException($"The time-series store did not answer the query: {ex.Message}", ex);
        }

        using (document)
        {
            return Read(document.RootElement, plan);
        }
    }

    private static List<SeriesBucket> Read(JsonElement root, SeriesQueryPlan plan)
    {
        // {"results":[{"statement_id":0,"series":[{"columns":["time","mean","min","max","count"],"values":[[ms,mean,min,max,count],...]}]}]}
        // With no reading in the whole range InfluxDB returns no series; answer the same empty buckets
        // it gives inside a range that has some, so a chart sees one shape either way.
        var result = root.GetProperty("results")[0];
        if (!result.TryGetProperty("series", out var series) || series.GetArrayLength() == 0)
        {
            return [.. Enumerable.Range(0, plan.Buckets).Select(i => new SeriesBucket(
                DateTimeOffset.FromUnixTimeMilliseconds(plan.FirstStartMs + (i * plan.BucketMs)), null, null, null, 0))];
        }

        var columns = series[0].GetProperty("columns").EnumerateArray().Select(column => column.GetString()).ToList();
        int Column(string name) => columns.IndexOf(name) is >= 0 and var index
            ? index
            : throw new JsonException($"The answer has no column '{name}'.");
        var (time, mean, min, max, count) = (Column("time"), Column("mean"), Column("min"), Column("max"), Column("count"));

        var buckets = new List<SeriesBucket>(plan.Buckets);
        foreach (var row in series[0].GetProperty("values").EnumerateArray())
        {
            buckets.Add(new SeriesBucket(
                DateTimeOffset.FromUnixTimeMilliseconds(row[time].GetInt64()),
                Number(row[mean]), Number(row[min]), Number(row[max]),
                row[count].ValueKind == JsonValueKind.Null ? 0 : row[count].GetInt64()));
        }

        return buckets;
    }

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
}
