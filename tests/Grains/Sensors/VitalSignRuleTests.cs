using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;
using static ResponseCentre.Grains.Tests.Sensors.RuleSamples;

namespace ResponseCentre.Grains.Tests.Sensors;

public sealed class VitalSignRuleTests
{
    private static readonly DateTimeOffset Now = At(10);

    private static SensorRuleOutcome Measures(SensorMetric metric, double value, SensorRuleTracking? tracking = null, SensorRuleSet? rules = null, DateTimeOffset? at = null) =>
        Evaluate(rules ?? SensorRuleSet.Default, tracking ?? SensorRuleTracking.Empty, at ?? Now, Reading(metric, value, at ?? Now));

    [Theory]
    [InlineData(SensorMetric.SpO2, 89.9, true)]
    [InlineData(SensorMetric.SpO2, 90, false)]
    [InlineData(SensorMetric.Pulse, 39, true)]
    [InlineData(SensorMetric.Pulse, 40, false)]
    [InlineData(SensorMetric.Pulse, 130, false)]
    [InlineData(SensorMetric.Pulse, 131, true)]
    [InlineData(SensorMetric.BloodPressureSystolic, 181, true)]
    [InlineData(SensorMetric.BloodPressureSystolic, 180, false)]
    [InlineData(SensorMetric.BloodPressureSystolic, 89, true)]
    [InlineData(SensorMetric.BloodPressureSystolic, 90, false)]
    [InlineData(SensorMetric.Temperature, 45, false)] // no range for it
    public void Default_thresholds_raise_a_vital_sign_alarm_outside_the_normal_range(SensorMetric metric, double value, bool raised)
    {
        var outcome = Measures(metric, value);

        Assert.Equal(raised, outcome.Alarms.Count == 1);
        if (raised)
        {
            var alarm = outcome.Alarms[0];
            Assert.Equal(IncidentKind.VitalSignOutOfRange, alarm.Kind);
            Assert.Equal(VitalsMonitor, alarm.Device);
            Assert.Equal($"rule:vital-sign:{metric}:{Now.UtcTicks}", alarm.DeviceMessageId);
        }
    }

    [Fact]
    public void Staying_out_of_range_raises_once_and_returning_to_range_re_arms()
    {
        var low = Measures(SensorMetric.SpO2, 85).Tracking;

        var stillLow = Measures(SensorMetric.SpO2, 84, low, at: Now.AddMinutes(1));
        var normal = Measures(SensorMetric.SpO2, 95, stillLow.Tracking, at: Now.AddMinutes(2)).Tracking;
        var lowAgain = Measures(SensorMetric.SpO2, 86, normal, at: Now.AddMinutes(3));

        Assert.Empty(stillLow.Alarms);
        Assert.Empty(normal.VitalSignsOutOfRange);
        Assert.Single(lowAgain.Alarms);
    }

    [Fact]
    public void Each_metric_is_tracked_on_its_own()
    {
        var lowOxygen = Measures(SensorMetric.SpO2, 85).Tracking;

        Assert.Single(Measures(SensorMetric.Pulse, 150, lowOxygen).Alarms);
    }

    [Fact]
    public void A_resident_s_own_threshold_replaces_the_default()
    {
        var rules = SensorRuleSet.Default with
        {
            VitalSigns = new VitalSignRule(true, [new VitalSignRange(SensorMetric.SpO2, 85, null)]),
        };

        Assert.Empty(Measures(SensorMetric.SpO2, 88, rules: rules).Alarms);
        Assert.Single(Measures(SensorMetric.SpO2, 84, rules: rules).Alarms);
        Assert.Empty(Measures(SensorMetric.Pulse, 150, rules: rules).Alarms);
    }

    [Fact]
    public void Disabled_rule_raises_nothing()
    {
        var rules = SensorRuleSet.Default with { VitalSigns = VitalSignRule.Default with { Enabled = false } };

        Assert.Empty(Measures(SensorMetric.SpO2, 70, rules: rules).Alarms);
    }
}
