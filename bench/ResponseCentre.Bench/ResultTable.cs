using System.Globalization;

namespace ResponseCentre.Bench;

/// <summary>Our figures beside the peer's, as a Markdown table with the ratios under it.</summary>
internal static class ResultTable
{
    public static IEnumerable<string> Rows((string Name, LatencySummary Summary) ours, (string Name, LatencySummary? Summary) peer)
    {
        yield return "";
        yield return "| path | count | p50 ms | p99 ms | max ms |";
        yield return "|---|---|---|---|---|";
        yield return ours.Summary.ToRow(ours.Name);
        if (peer.Summary is not { } theirs)
        {
            yield break;
        }

        yield return theirs.ToRow(peer.Name);
        yield return "";
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Ratio ours / peer: p50 {Ratio(ours.Summary.P50Ms, theirs.P50Ms)}, p99 {Ratio(ours.Summary.P99Ms, theirs.P99Ms)}");
    }

    // A peer's median can be below the histogram's resolution; show the ratio only when it means something.
    private static string Ratio(double ours, double theirs) =>
        theirs > 0 ? string.Create(CultureInfo.InvariantCulture, $"{ours / theirs:F1}x") : "n/a (peer rounds to 0)";
}
