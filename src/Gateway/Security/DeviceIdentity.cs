namespace ResponseCentre.Gateway.Security;

/// <summary>Who an MQTT connection authenticated as: one device, or a bridge (zigbee2mqtt) speaking for many.</summary>
internal sealed record DeviceIdentity(string Id, bool IsBridge)
{
    private const string SessionKey = "rc.identity";

    public static DeviceIdentity? Of(System.Collections.IDictionary? sessionItems) =>
        sessionItems?[SessionKey] as DeviceIdentity;

    public void StoreIn(System.Collections.IDictionary sessionItems) => sessionItems[SessionKey] = this;
}
