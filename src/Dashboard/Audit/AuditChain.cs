using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>
/// The hash chain that makes the audit trail tamper-evident: each row's hash is SHA-256 (lower-case
/// hex) over the previous row's hash and the row's own content, so changing, removing or inserting
/// a row breaks every link after it. Both stores and the verifier use this one definition.
/// </summary>
public static class AuditChain
{
    /// <summary>What the first row names as its previous hash.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// The hash of <paramref name="entry"/> after <paramref name="previousHash"/>. Canonical form: the
    /// fields previous hash, id, time (UTC, microseconds), user, role, action, resident, incident,
    /// subject, detail, each as its UTF-8 byte count, ':' and the bytes, or '~' when absent.
    /// </summary>
    public static string Hash(string previousHash, AuditEntry entry)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, previousHash);
        Append(hash, entry.Id.ToString(CultureInfo.InvariantCulture));
        Append(hash, entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Append(hash, entry.User);
        Append(hash, entry.Role);
        Append(hash, entry.Action);
        Append(hash, entry.Resident);
        Append(hash, entry.Incident);
        Append(hash, entry.Subject);
        Append(hash, entry.Detail);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The time as both stores keep it: PostgreSQL keeps microseconds, so the chain does too.</summary>
    public static DateTimeOffset StoredPrecision(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % (TimeSpan.TicksPerMillisecond / 1000), TimeSpan.Zero);

    private static void Append(IncrementalHash hash, string? field)
    {
        if (field is null)
        {
            hash.AppendData("~"u8);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(field);
        hash.AppendData(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":"));
        hash.AppendData(bytes);
    }
}
