using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;

namespace ResponseCentre.Grains.Tests.Sensors;

public sealed class SensorRuleSetValidatorTests
{
    private static readonly SensorRuleSet Defaults = SensorRuleSet.Default;

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(SensorRuleSetValidator.Validate(Defaults));
        Assert.Empty(SensorRuleSetValidator.Validate(Defaults with { TimeZone = "Europe/Oslo" }));
    }

    public static TheoryData<SensorRuleSet, string> Invalid => new()
    {
        { Defaults with { TimeZone = "Mars/Olympus" }, "timeZone 'Mars/Olympus' is not a known time zone" },
        { Defaults with { Night = new DailyWindow(new TimeOnly(23, 0), new TimeOnly(23, 0)) }, "night.from and night.to are equal" },
        { Defaults with { StoveUnattended = StoveUnattendedRule.Default with { After = TimeSpan.Zero } }, "stoveUnattended.after must be more than zero" },
        { Defaults with { BedNotReturned = null! }, "bedNotReturned is missing" },
        { Defaults with { Inactivity = InactivityRule.Default with { After = TimeSpan.FromHours(15) } }, "inactivity.after (15:00:00) is longer than inactivity.daytime (14:00:00)" },
        { Defaults with { VitalSigns = new VitalSignRule(true, [new VitalSignRange(SensorMetric.Pulse, 130, 40)]) }, "vitalSigns.ranges[0].minimum is above its maximum" },
        { Defaults with { VitalSigns = new VitalSignRule(true, [new VitalSignRange(SensorMetric.Pulse, 40, null), new VitalSignRange(SensorMetric.Pulse, null, 130)]) }, "vitalSigns.ranges[1].metric Pulse already has a range" },
        { Defaults with { VitalSigns = new VitalSignRule(true, [new VitalSignRange(SensorMetric.SpO2, null, null)]) }, "vitalSigns.ranges[0] needs a minimum, a maximum or both" },
        { Defaults with { Medication = MedicationRule.Default with { DoseTimes = [new TimeOnly(8, 0), new TimeOnly(8, 45)] } }, "medication.doseTimes 08:00 and 08:45 are less than twice medication.grace apart" },
        { Defaults with { Medication = MedicationRule.Default with { Grace = TimeSpan.FromDays(2) } }, "medication.grace must be more than zero" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_problem_is_refused_naming_its_field(SensorRuleSet rules, string expected)
    {
        Assert.Contains(SensorRuleSetValidator.Validate(rules), error => error.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Doses_far_enough_apart_also_across_midnight_are_valid()
    {
        var rules = Defaults with { Medication = MedicationRule.Default with { DoseTimes = [new TimeOnly(23, 30), new TimeOnly(0, 30), new TimeOnly(12, 0)] } };

        Assert.Empty(SensorRuleSetValidator.Validate(rules));
        Assert.NotEmpty(SensorRuleSetValidator.Validate(rules with { Medication = rules.Medication with { DoseTimes = [new TimeOnly(23, 45), new TimeOnly(0, 15)] } }));
    }
}
