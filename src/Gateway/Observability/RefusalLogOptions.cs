using System.ComponentModel.DataAnnotations;

namespace ResponseCentre.Gateway.Observability;

/// <summary>How repeated refusals are logged. Configuration section <c>Gateway:RefusalLog</c>.</summary>
public sealed class RefusalLogOptions
{
    public const string Section = "Gateway:RefusalLog";

    /// <summary>
    /// After the first refusal of a client (or address) for a reason is logged, the same ones are only
    /// counted, and one summary line with the count is written per interval. Default one minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Clients (or addresses) and reasons tracked at once; refusals of further ones are counted
    /// together, so an attacker with many client ids neither grows the table nor floods the log.
    /// </summary>
    [Range(1, 1_000_000)]
    public int Capacity { get; set; } = 1_000;
}
