using Microsoft.Extensions.Options;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Security;

/// <summary>
/// Checks <c>Gateway:Broker:Bridges</c> at start: each bridge needs a user name usable as a client id,
/// a secret hash, and a base topic of its own, so no bridge can publish or read under another's
/// topics or the devices' own.
/// </summary>
internal sealed class BridgeAccountsValidation : IValidateOptions<BrokerOptions>
{
    private static readonly string DeviceTopics = Topics.DevicePrefix.TrimEnd('/');

    public ValidateOptionsResult Validate(string? name, BrokerOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Bridges.Count; i++)
        {
            var bridge = options.Bridges[i];
            var path = $"{BrokerOptions.Section}:Bridges:{i}";
            if (!DeviceIds.IsValid(bridge.UserName) || string.Equals(bridge.UserName, BrokerIdentity.ClientId, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{path}:UserName '{bridge.UserName}' must be 1 to 64 letters, digits, '-', '_' or '.' (it is also the bridge's client id) and not '{BrokerIdentity.ClientId}'");
            }

            if (string.IsNullOrEmpty(bridge.Salt) || string.IsNullOrEmpty(bridge.Hash))
            {
                errors.Add($"{path}: Salt and Hash are required");
            }

            if (BaseTopicError(bridge.BaseTopic) is { } error)
            {
                errors.Add($"{path}:BaseTopic '{bridge.BaseTopic}' {error}");
            }

            for (var j = 0; j < i; j++)
            {
                var earlier = options.Bridges[j];
                if (earlier.UserName == bridge.UserName)
                {
                    errors.Add($"{path}:UserName '{bridge.UserName}' is also bridge {j}'s");
                }

                if (Overlap(earlier.BaseTopic, bridge.BaseTopic))
                {
                    errors.Add($"{path}:BaseTopic '{bridge.BaseTopic}' overlaps bridge {j}'s '{earlier.BaseTopic}'; each bridge needs a base topic of its own");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string? BaseTopicError(string baseTopic) =>
        string.IsNullOrEmpty(baseTopic) ? "is empty"
        : baseTopic.IndexOfAny(['+', '#', '\0']) >= 0 ? "must not hold a wildcard"
        : baseTopic[0] is '$' or '/' || baseTopic[^1] == '/' ? "must not start with '$' or '/' nor end with '/'"
        : Overlap(baseTopic, DeviceTopics) ? $"overlaps the devices' own topics ({Topics.DevicePrefix}...)"
        : null;

    /// <summary>True when one is the other or lies under it, so topics under one could be under both.</summary>
    private static bool Overlap(string a, string b) =>
        a == b || a.StartsWith(b + "/", StringComparison.Ordinal) || b.StartsWith(a + "/", StringComparison.Ordinal);
}
