using System.Net;
using Microsoft.Extensions.Options;

namespace ResponseCentre.Gateway.Connections;

/// <summary>
/// Counts the broker's connections as they are accepted: those still waiting for their CONNECT
/// (capped in total and per source address, so a stranger holding sockets open cannot use up the
/// process's file handles) and those past it (capped by the connection limit).
/// </summary>
internal sealed class ConnectionAdmission(IOptions<ConnectionLimitsOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<IPAddress, int> _pendingByAddress = [];
    private int _pending;
    private int _established;

    /// <summary>Connections waiting for their CONNECT now.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Connections past their CONNECT now (authenticated, or being authenticated).</summary>
    public int Established => Volatile.Read(ref _established);

    /// <summary>A ticket for a new connection from <paramref name="address"/>, or the reason it is closed at once.</summary>
    public AdmissionTicket? TryAdmit(IPAddress address, out string? refusal)
    {
        var limits = options.Value;
        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        lock (_lock)
        {
            _pendingByAddress.TryGetValue(address, out var fromAddress);
            refusal = _pending >= limits.MaxPendingConnections ? "pending-limit"
                : fromAddress >= limits.MaxPendingPerAddress ? "address-limit"
                // Past CONNECT, the gate answers CONNACK 0x89 above MaxConnections; this ceiling only
                // bounds sockets should refused clients not go away.
                : _established >= limits.MaxConnections + limits.MaxPendingConnections ? "connection-limit"
                : null;
            if (refusal is not null)
            {
                return null;
            }

            _pendingByAddress[address] = fromAddress + 1;
            _pending++;
            return new AdmissionTicket(this, address);
        }
    }

    internal void Promote(IPAddress address)
    {
        lock (_lock)
        {
            ReleasePending(address);
            _established++;
        }
    }

    internal void Release(IPAddress address, bool established)
    {
        lock (_lock)
        {
            if (established)
            {
                _established--;
            }
            else
            {
                ReleasePending(address);
            }
        }
    }

    private void ReleasePending(IPAddress address)
    {
        _pending--;
        var left = _pendingByAddress[address] - 1;
        if (left == 0)
        {
            _pendingByAddress.Remove(address);
        }
        else
        {
            _pendingByAddress[address] = left;
        }
    }
}
