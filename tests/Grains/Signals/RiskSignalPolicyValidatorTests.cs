using ResponseCentre.Grains.Abstractions.Signals;
using ResponseCentre.Grains.Signals;

namespace ResponseCentre.Grains.Tests.Signals;

public sealed class RiskSignalPolicyValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(RiskSignalPolicyValidator.Validate(RiskSignalPolicy.Default));
    }

    [Fact]
    public void Each_problem_names_its_field()
    {
        var policy = RiskSignalPolicy.Default with
        {
            AlarmRateFactor = 0.5,
            NightBaselineMaxNights = 60,
            FallsMinimum = 0,
            NightEnds = new TimeOnly(23, 0),
            ClearAfter = TimeSpan.Zero,
        };

        var errors = RiskSignalPolicyValidator.Validate(policy);

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("alarmRateFactor", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("nightWindowNights", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("fallsMinimum", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("nightStarts", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("clearAfter", StringComparison.Ordinal));
    }
}
