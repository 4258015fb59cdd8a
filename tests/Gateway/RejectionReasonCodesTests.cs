using MQTTnet.Protocol;
using ResponseCentre.Gateway.Ingest;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Tests;

public sealed class RejectionReasonCodesTests
{
    [Fact]
    public void Every_rejection_reason_has_a_specific_error_code()
    {
        foreach (var reason in Enum.GetValues<RejectionReason>())
        {
            var code = RejectionReasonCodes.For(reason);
            Assert.True(code >= MqttPubAckReasonCode.UnspecifiedError, $"{reason} maps to a success code {code}");
            Assert.NotEqual(MqttPubAckReasonCode.UnspecifiedError, code);
        }
    }
}
