using System.Threading.Channels;

namespace ResponseCentre.Testing;

public static class ChannelReaderExtensions
{
    /// <summary>Waits for the first item that matches, skipping others; fails with a timeout after <paramref name="timeout"/>.</summary>
    public static async Task<T> FirstMatchAsync<T>(this ChannelReader<T> reader, Func<T, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await foreach (var item in reader.ReadAllAsync(cancel.Token))
        {
            if (match(item))
            {
                return item;
            }
        }

        throw new InvalidOperationException("The channel closed before a match arrived.");
    }
}
