using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>The steps every device message of the centre's own protocol goes through, whatever it carries.</summary>
internal static class ReadThenStore
{
    /// <summary>
    /// An unreadable message is refused, and the device told why on its ack topic. A readable one
    /// is stored; if storing throws, the result says failed, so the message is not acknowledged and
    /// comes again.
    /// </summary>
    public static async Task<IngestResult> RunAsync<T>(
        ReadResult<T> read, string deviceId, IDeviceAckChannel acks, Func<T, Task<IngestResult>> store, Action<Exception, T> notStored)
        where T : class
    {
        if (!read.IsValid)
        {
            await acks.SendAsync(deviceId, DeviceMessageTranslator.ToRejectedAck(messageId: null, read.Rejection));
            return IngestResult.Rejected(read.Rejection);
        }

        try
        {
            return await store(read.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            notStored(ex, read.Message);
            return IngestResult.Failed(ex);
        }
    }
}
