namespace ResponseCentre.Gateway.Connections;

/// <summary>
/// Follows MQTT's framing (a type byte, a variable-length size, the body) over the bytes a client
/// sends, and says stop as soon as a packet declares more than it may: before the packet decoder
/// sees the size and allocates for it. The first packet must be a CONNECT, with its own smaller limit,
/// since it is read before anyone is authenticated.
/// </summary>
internal sealed class MqttFrameLimiter(int connectLimit, int packetLimit)
{
    private const byte ConnectType = 1;

    private Phase _phase = Phase.TypeByte;
    private bool _connectDone;
    private int _declared;
    private int _sizeBytes;
    private int _bodyLeft;

    private enum Phase { TypeByte, Size, Body }

    /// <summary>The largest packet (fixed header included) allowed after the CONNECT; may be set once the client is known.</summary>
    public int PacketLimit { get; set; } = packetLimit;

    /// <summary>Why the stream was stopped; null while it is within bounds.</summary>
    public string? Violation { get; private set; }

    /// <summary>Follows the next bytes read; false when they break a limit (the connection must be closed unread).</summary>
    public bool Accept(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length && Violation is null)
        {
            switch (_phase)
            {
                case Phase.TypeByte:
                    if (!_connectDone && bytes[i] >> 4 != ConnectType)
                    {
                        Violation = "the first packet is not a CONNECT";
                        break;
                    }

                    _phase = Phase.Size;
                    _declared = 0;
                    _sizeBytes = 0;
                    i++;
                    break;
                case Phase.Size:
                    ReadSizeByte(bytes[i++]);
                    break;
                default:
                    var take = Math.Min(_bodyLeft, bytes.Length - i);
                    i += take;
                    _bodyLeft -= take;
                    if (_bodyLeft == 0)
                    {
                        EndPacket();
                    }

                    break;
            }
        }

        return Violation is null;
    }

    private void ReadSizeByte(byte value)
    {
        _declared |= (value & 0x7F) << (7 * _sizeBytes);
        _sizeBytes++;
        if ((value & 0x80) != 0)
        {
            if (_sizeBytes == 4)
            {
                Violation = "malformed remaining length";
            }

            return;
        }

        var limit = _connectDone ? PacketLimit : connectLimit;
        var total = 1L + _sizeBytes + _declared;
        if (total > limit)
        {
            Violation = $"{(_connectDone ? "a packet" : "the CONNECT")} of {total} bytes is over the limit of {limit}";
            return;
        }

        _bodyLeft = _declared;
        _phase = Phase.Body;
        if (_bodyLeft == 0)
        {
            EndPacket();
        }
    }

    private void EndPacket()
    {
        _connectDone = true;
        _phase = Phase.TypeByte;
    }
}
