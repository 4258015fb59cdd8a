namespace ResponseCentre.Grains.Sensors;

/// <summary>How the residents' sensor rules are kept running. Configuration section <c>SensorRules</c>.</summary>
public sealed class SensorRuleOptions
{
    public const string Section = "SensorRules";

    /// <summary>
    /// How often the durable reminder checks a resident with a pending rule deadline (default 1
    /// minute, Orleans' shortest). A grain timer fires each deadline on time; this is only how late
    /// one may fire after the silo holding the resident failed, traded against a reminder tick per
    /// resident with a deadline pending.
    /// </summary>
    public TimeSpan BackstopPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
