using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;

namespace ResponseCentre.Grains.Residents;

/// <summary>
/// Sensor rules: evaluated on every reading and at their deadlines by <see cref="SensorRuleEngine"/>;
/// the alarms they call for go through <see cref="RaiseAlarmAsync"/> like any device's. Deadline
/// clocks are in <c>ResidentGrain.RuleClock.cs</c>.
/// </summary>
public sealed partial class ResidentGrain
{
    private TimeZoneInfo? _ruleZone;

    public async Task SetSensorRulesAsync(SensorRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _ = Profile;
        if (SensorRuleSetValidator.Validate(rules) is { Count: > 0 } errors)
        {
            throw new PolicyValidationException(errors);
        }

        state.State.SensorRules = rules;
        await state.WriteStateAsync();
        _ruleZone = null;
        await EvaluateRulesAsync([]);
    }

    public Task<SensorRuleSet> GetSensorRulesAsync() => Task.FromResult(state.State.SensorRules ?? SensorRuleSet.Default);

    public async Task MarkDoseTakenAsync(DateTimeOffset at)
    {
        _ = Profile;
        SensorsToChange.RuleTracking = SensorRuleEngine.RecordDoseTaken(Sensors.RuleTracking, at, time.GetUtcNow());
        await EvaluateRulesAsync([]);
    }

    /// <summary>Evaluates the rules on new readings (or none, at a deadline), raises their alarms and stores the state.</summary>
    private async Task EvaluateRulesAsync(IReadOnlyList<LatestReading> readings)
    {
        var rules = state.State.SensorRules ?? SensorRuleSet.Default;
        var zone = await RuleZoneAsync(rules);
        var outcome = SensorRuleEngine.Evaluate(rules, Sensors.RuleTracking, readings, time.GetUtcNow(), zone);

        // Raised before the tracking that marks them raised is stored: after a crash in between the
        // same evaluation raises them again under the same message ids, which RaiseAlarmAsync recognises.
        foreach (var alarm in outcome.Alarms)
        {
            var raised = await RaiseAlarmAsync(alarm);
            SensorRuleLog.RuleRaised(logger, alarm.Kind, this.GetPrimaryKeyString(), alarm.DeviceMessageId, raised.Incident);
        }

        SensorsToChange.RuleTracking = outcome.Tracking;
        await WriteSensorsAsync();
        await KeepRuleClocksAsync();
    }

    /// <summary>The resident's own zone, else the tenant's, else UTC; looked up once per activation.</summary>
    private async ValueTask<TimeZoneInfo> RuleZoneAsync(SensorRuleSet rules)
    {
        if (_ruleZone is null)
        {
            var id = rules.TimeZone ?? (await GrainFactory.GetTenantPolicies(Profile.Tenant).GetAsync())?.TimeZone;
            if (id is null)
            {
                _ruleZone = TimeZoneInfo.Utc;
            }
            else if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out _ruleZone))
            {
                // Validated when stored, so only a host without that zone gets here: readings must still be taken.
                SensorRuleLog.UnknownTimeZone(logger, id, this.GetPrimaryKeyString());
                _ruleZone = TimeZoneInfo.Utc;
            }
        }

        return _ruleZone;
    }
}
