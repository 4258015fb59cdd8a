using System.Security.Cryptography;
using System.Text;

namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>
/// A device's secret as stored: HMAC-SHA256 of the secret under a random per-device salt. Device
/// secrets are long random strings, not human passwords, so one keyed hash suffices (a slow
/// password hash would cost tens of milliseconds per connect, times thousands of devices
/// reconnecting after a network blip), and the secret itself is never kept.
/// </summary>
/// <param name="Salt">16 random bytes, base64.</param>
/// <param name="Hash">HMAC-SHA256(salt, secret), base64.</param>
[GenerateSerializer, Immutable, Alias("rc.DeviceCredential")]
public sealed record DeviceCredential([property: Id(0)] string Salt, [property: Id(1)] string Hash)
{
    /// <summary>The shortest secret accepted.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>Hashes a new secret under a fresh salt.</summary>
    public static DeviceCredential For(string secret)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return new DeviceCredential(Convert.ToBase64String(salt), Convert.ToBase64String(Mac(salt, secret)));
    }

    /// <summary>True when <paramref name="secret"/> is the one this credential was made from (constant-time comparison).</summary>
    public bool Verifies(string? secret)
    {
        if (secret is null)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        return Convert.TryFromBase64String(Hash, expected, out var written)
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, Mac(Convert.FromBase64String(Salt), secret));
    }

    private static byte[] Mac(byte[] salt, string secret) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(secret));
}
