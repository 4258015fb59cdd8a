using MQTTnet;
using ResponseCentre.DevicesSim.Cli;
using ResponseCentre.DevicesSim.Devices;
using ResponseCentre.Protocol;

namespace ResponseCentre.DevicesSim.Commands;

/// <summary>Sends one alarm as a device, then shows the PUBACK and the acknowledgement the centre sends back.</summary>
internal sealed class AlarmCommand(AlarmOptions options, TimeProvider time) : ISimulatorCommand
{
    private static readonly TimeSpan AckWait = TimeSpan.FromSeconds(5);

    public async Task<int> RunAsync(CancellationToken stopping)
    {
        var messageId = options.MessageId ?? Guid.NewGuid().ToString("N");
        await using var device = new SimulatedDevice(options.DeviceId, options.Broker, time);
        var ackReceived = new TaskCompletionSource<AckMessage>(TaskCreationOptions.RunContinuationsAsynchronously);

        MqttClientPublishResult published;
        try
        {
            await device.EnsureConnectedAsync(stopping);
            Console.WriteLine($"Connected to {options.Broker} as {device.DeviceId} (MQTT 5)");

            // Subscribe before publishing: the centre may send its ack before the PUBACK.
            await device.SubscribeToAcksAsync(ack => AcceptIfAnswering(ack, messageId, ackReceived), stopping);

            Console.WriteLine($"Publishing {AlarmKindNames.WireName(options.Kind)} alarm, message id {messageId}, on {device.EventsTopic}");
            published = await device.PublishAlarmAsync(options.Kind, messageId, stopping);
        }
        catch (ConnectionRefusedException refused)
        {
            // The centre answered and said no (unknown device or wrong secret): a refusal, not a broken connection.
            Console.Error.WriteLine($"Refused: {refused.Message}");
            return ExitCodes.Rejected;
        }
        catch (Exception ex) when (ex.IsConnectionProblem(stopping))
        {
            Console.Error.WriteLine($"Failed: {ex.Describe()}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Interrupted;
        }

        var reasonText = string.IsNullOrEmpty(published.ReasonString) ? "" : $": {published.ReasonString}";
        Console.WriteLine($"PUBACK {published.ReasonCode} (0x{(int)published.ReasonCode:X2}){reasonText}");
        await PrintAckAsync(device.AcksTopic, ackReceived.Task, stopping);
        return published.IsSuccess ? ExitCodes.Success : ExitCodes.Rejected;
    }

    private static void AcceptIfAnswering(AckMessage ack, string messageId, TaskCompletionSource<AckMessage> ackReceived)
    {
        // An unreadable payload is answered without a message id, and this is the only message in flight.
        if (ack.MessageId is null || ack.MessageId == messageId)
        {
            ackReceived.TrySetResult(ack);
        }
    }

    private async Task PrintAckAsync(string acksTopic, Task<AckMessage> ackReceived, CancellationToken stopping)
    {
        try
        {
            var ack = await ackReceived.WaitAsync(AckWait, time, stopping);
            Console.WriteLine($"Ack on {acksTopic}: status {ack.Status}, message id {ack.MessageId ?? "(none)"}, " +
                $"incident {ack.IncidentId ?? "(none)"}, reason {ack.Reason ?? "(none)"}");
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"No ack on {acksTopic} within {AckWait.TotalSeconds:0} s");
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            Console.WriteLine("Stopped before an ack arrived");
        }
    }
}
