using System.Globalization;
using System.Net;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>One sample line of Prometheus text: <c>name{label="value",...} value [timestamp]</c>.</summary>
internal sealed record MetricSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string? Label(string name) => Labels.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What one anonymous GET /metrics answered, parsed.</summary>
internal sealed class MetricsScrape
{
    private MetricsScrape(string text, IReadOnlyList<MetricSample> samples)
    {
        Text = text;
        Samples = samples;
    }

    public string Text { get; }

    public IReadOnlyList<MetricSample> Samples { get; }

    /// <summary>The samples whose metric name starts with <paramref name="prefix"/> (e.g. <c>responsecentre_gateway_rejected</c>).</summary>
    public IEnumerable<MetricSample> WithPrefix(string prefix) =>
        Samples.Where(sample => sample.Name.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The sum of a counter's series (all of its labels).</summary>
    public double Total(string prefix) => WithPrefix(prefix).Sum(sample => sample.Value);

    /// <summary>A counter's value per value of <paramref name="label"/>; series without that label are left out.</summary>
    public IReadOnlyDictionary<string, double> ByLabel(string prefix, string label) =>
        WithPrefix(prefix)
            .Where(sample => sample.Labels.ContainsKey(label))
            .GroupBy(sample => sample.Labels[label], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(sample => sample.Value), StringComparer.Ordinal);

    /// <summary>The first lines of metrics under <paramref name="prefix"/>, for failure messages.</summary>
    public string Excerpt(string prefix = "responsecentre_") =>
        string.Join('\n', Text.Split('\n').Where(line => line.Contains(prefix, StringComparison.Ordinal)).Take(40));

    /// <summary>GET /metrics without signing in; fails unless it answers 200.</summary>
    public static async Task<MetricsScrape> GetAsync(Uri baseAddress)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /metrics answered {(int)response.StatusCode}: {text}");
        return new MetricsScrape(text, Parse(text));
    }

    /// <summary>
    /// Scrapes until <paramref name="until"/> holds (the exporter may answer from a short-lived
    /// cache, and measurements land just after the PUBACK); fails after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<MetricsScrape> WaitForAsync(Uri baseAddress, Func<MetricsScrape, bool> until, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var scrape = await GetAsync(baseAddress);
            if (until(scrape))
            {
                return scrape;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Within {timeout}, /metrics never showed {what}. It showed:\n{scrape.Excerpt()}");
            }

            await Task.Yield();
        }
    }

    private static List<MetricSample> Parse(string text)
    {
        var samples = new List<MetricSample>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var nameEnd = line.IndexOfAny(['{', ' ']);
            if (nameEnd <= 0)
            {
                continue;
            }

            var name = line[..nameEnd];
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            var rest = nameEnd;
            if (line[nameEnd] == '{')
            {
                rest = ParseLabels(line, nameEnd + 1, labels);
            }

            var valueText = line[rest..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (valueText is not null && TryParseValue(valueText, out var value))
            {
                samples.Add(new MetricSample(name, labels, value));
            }
        }

        return samples;
    }

    /// <summary>Reads <c>key="value",...}</c> from <paramref name="start"/>; returns the index after the closing brace.</summary>
    private static int ParseLabels(string line, int start, Dictionary<string, string> labels)
    {
        var i = start;
        while (i < line.Length && line[i] != '}')
        {
            var equals = line.IndexOf('=', i);
            var key = line[i..equals].Trim().TrimStart(',').Trim();
            i = equals + 2; // past ="
            var value = new System.Text.StringBuilder();
            while (i < line.Length && line[i] != '"')
            {
                if (line[i] == '\\' && i + 1 < line.Length)
                {
                    i++;
                    value.Append(line[i] == 'n' ? '\n' : line[i]);
                }
                else
                {
                    value.Append(line[i]);
                }

                i++;
            }

            labels[key] = value.ToString();
            i++; // past the closing quote
            if (i < line.Length && line[i] == ',')
            {
                i++;
            }
        }

        return Math.Min(i + 1, line.Length);
    }

    private static bool TryParseValue(string text, out double value)
    {
        switch (text)
        {
            case "+Inf":
                value = double.PositiveInfinity;
                return true;
            case "-Inf":
                value = double.NegativeInfinity;
                return true;
            case "NaN":
                value = double.NaN;
                return true;
            default:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }
}
