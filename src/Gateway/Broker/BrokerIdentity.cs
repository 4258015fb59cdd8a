namespace ResponseCentre.Gateway.Broker;

/// <summary>How the centre itself appears inside its broker when it publishes to devices.</summary>
internal static class BrokerIdentity
{
    /// <summary>The sender id of messages the centre injects; no device may connect with it.</summary>
    public const string ClientId = "responsecentre";
}
